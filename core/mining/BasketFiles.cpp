#include "mining/BasketFiles.h"

#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cstring>
#include <limits>
#include <unordered_map>

namespace rapport::core::mining {

namespace {

// User-visible messages, translated in the "rapport::core::mining::BasketFiles" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mining::BasketFiles)
};

// Bytes between two looks at Progress: a few calls for a FIMI file of several
// MB, often enough to cancel a big one within milliseconds.
constexpr qsizetype kReportEvery = 1 << 20;
// FIMI item numbers below this are looked up in a flat array (4 bytes each, so
// at most 4 MiB); the rare file with larger numbers falls back to a hash map.
constexpr std::uint64_t kDenseLimit = 1 << 20;
// An item number has at most this many digits (fits in 64 bits without overflow).
constexpr qsizetype kMaxDigits = 18;
// A bad item is quoted in the error up to this length.
constexpr qsizetype kMaxQuoted = 40;

QString readingStage()
{
    return Text::tr("Reading baskets");
}

QString fileLabel(const QString& path)
{
    return QFileInfo(path).fileName();
}

Error cancelled()
{
    return Error::make(Error::Code::Cancelled, Text::tr("Reading the baskets was cancelled."));
}

Error emptyFile(const QString& path)
{
    return Error::validation(QStringLiteral("input"),
                             Text::tr("%1 holds no transactions: the file is empty or has only "
                                      "blank lines.")
                                 .arg(fileLabel(path)));
}

// Turns the distinct FIMI item numbers into dense items in the order they first
// appear, labelled with their decimal text ("007" and "7" are one item, "7").
class FimiItems
{
public:
    explicit FimiItems(BasketSet& baskets)
        : m_baskets(baskets)
    {}

    Item itemOf(std::uint64_t number)
    {
        if (number < kDenseLimit) {
            if (number >= m_dense.size())
                m_dense.resize(std::max<std::size_t>(number + 1, m_dense.size() * 2), kNone);
            Item& slot = m_dense[number];
            if (slot == kNone)
                slot = add(number);
            return slot;
        }
        auto [it, inserted] = m_sparse.try_emplace(number, kNone);
        if (inserted)
            it->second = add(number);
        return it->second;
    }

private:
    static constexpr Item kNone = std::numeric_limits<Item>::max();

    Item add(std::uint64_t number)
    {
        const Item item = Item(m_baskets.labels.size());
        m_baskets.labels.append(QString::number(number));
        return item;
    }

    BasketSet& m_baskets;
    std::vector<Item> m_dense;
    std::unordered_map<std::uint64_t, Item> m_sparse;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// Parses the whole file in one pass over its bytes: no QString, no allocation
// per line or item (the items land directly in the BasketSet's flat arrays).
Result<BasketSet> parseFimi(const QString& path, const char* data, qsizetype size,
                            Progress& progress)
{
    BasketSet baskets;
    baskets.items.reserve(std::size_t(size / 3));
    FimiItems items(baskets);
    const char* p = data;
    const char* const end = data + size;
    if (size >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3; // a UTF-8 BOM from an editor on Windows
    qint64 line = 1;
    const char* nextReport = std::min(end, data + kReportEvery);
    while (p < end) {
        // One line: items separated by blanks, ended by LF (CRLF's CR is a blank).
        while (true) {
            while (p < end && isBlank(*p))
                ++p;
            if (p == end || *p == '\n')
                break;
            const char* const token = p;
            std::uint64_t number = 0;
            while (p < end && isDigit(*p)) {
                number = number * 10 + std::uint64_t(*p - '0');
                ++p;
            }
            const bool digitsOnly = p == end || *p == '\n' || isBlank(*p);
            if (!digitsOnly || p - token > kMaxDigits) {
                while (p < end && *p != '\n' && !isBlank(*p))
                    ++p;
                QString text = QString::fromUtf8(token, qsizetype(p - token));
                if (text.size() > kMaxQuoted)
                    text = text.left(kMaxQuoted) + QStringLiteral("…");
                const QString message =
                    digitsOnly ? Text::tr("%1 line %2: item \"%3\" is too large (at most %4 "
                                          "digits).")
                                     .arg(fileLabel(path))
                                     .arg(line)
                                     .arg(text)
                                     .arg(kMaxDigits)
                               : Text::tr("%1 line %2: item \"%3\" is not a non-negative "
                                          "integer.")
                                     .arg(fileLabel(path))
                                     .arg(line)
                                     .arg(text);
                return Error::validation(QStringLiteral("input"), message);
            }
            baskets.items.push_back(items.itemOf(number));
        }
        baskets.starts.push_back(baskets.items.size());
        if (p < end)
            ++p; // the LF; a final line without one is still a transaction
        ++line;
        if (p >= nextReport) {
            progress.report(qint64(p - data), qint64(size), readingStage());
            if (progress.isCancelled())
                return cancelled();
            nextReport = std::min(end, p + kReportEvery);
        }
    }
    if (baskets.items.empty())
        return emptyFile(path);
    progress.report(qint64(size), qint64(size), readingStage());
    return baskets;
}

Result<BasketSet> readFimi(QFile& file, Progress& progress)
{
    const qint64 size = file.size();
    // Mapping spares a copy of the file; a pipe or a special file cannot be
    // mapped and is read instead.
    if (size > 0) {
        if (uchar* mapped = file.map(0, size)) {
            auto result = parseFimi(file.fileName(), reinterpret_cast<const char*>(mapped),
                                    qsizetype(size), progress);
            file.unmap(mapped);
            return result;
        }
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::make(
            Error::Code::Io,
            Text::tr("Cannot read %1: %2").arg(fileLabel(file.fileName()), file.errorString()));
    return parseFimi(file.fileName(), bytes.constData(), bytes.size(), progress);
}

// One basket per record; items are the trimmed, non-empty fields, labelled with
// their text and numbered in the order they first appear.
Result<BasketSet> readCsv(QFile& file, Progress& progress)
{
    const QString path = file.fileName();
    csv::CsvReader reader(&file);
    BasketSet baskets;
    QHash<QString, Item> itemOf;
    csv::Record record;
    std::int64_t records = 0;
    const qint64 size = file.size();
    while (true) {
        auto more = reader.next(record);
        if (!more)
            return Error::validation(QStringLiteral("input"),
                                     Text::tr("%1: %2").arg(fileLabel(path), more.error().message));
        if (!*more)
            break;
        for (const QString& field : std::as_const(record.fields)) {
            const QString label = field.trimmed();
            if (label.isEmpty())
                continue;
            auto it = itemOf.constFind(label);
            if (it == itemOf.constEnd()) {
                it = itemOf.insert(label, Item(baskets.labels.size()));
                baskets.labels.append(label);
            }
            baskets.items.push_back(*it);
        }
        baskets.starts.push_back(baskets.items.size());
        if (++records % 4096 == 0) {
            progress.report(reader.bytesRead(), size, readingStage());
            if (progress.isCancelled())
                return cancelled();
        }
    }
    if (baskets.items.empty())
        return emptyFile(path);
    progress.report(size, size, readingStage());
    return baskets;
}

} // namespace

Result<BasketSet> readBasketFile(const QString& path, BasketFormat format, Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    progress.report(0, file.size(), readingStage());
    switch (format) {
    case BasketFormat::Fimi:
        return readFimi(file, progress);
    case BasketFormat::Csv:
        break;
    }
    return readCsv(file, progress);
}

} // namespace rapport::core::mining
