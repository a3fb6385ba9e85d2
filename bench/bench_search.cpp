// Search latency: 100 queries of four kinds (Chinese name parts, Latin name
// prefixes, e-mail parts, phone digit runs typed with dashes), drawn from the
// database itself, through CustomerRepository::search (FTS5, limit 50), next
// to the peer: the same text as LIKE '%...%' over name, e-mail and phone with a
// plain QSqlQuery on the same file (limit 50, no ORDER BY, so a scan may stop
// early: the most favourable form of the peer).
//   bench_search FILE

#include "BenchSupport.h"

#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace rapport;
using bench::ms;
using bench::result;

namespace {

constexpr int kPerKind = 25;
constexpr int kLimit = 50;

bool isHan(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

// Four kinds of queries, taken from customers spread over the table.
QStringList queries(const QSqlDatabase& db, std::int64_t maxId)
{
    QStringList chinese, latin, email, phone;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, email, phone_digits FROM customers WHERE id = ?"));
    for (std::int64_t i = 1; (chinese.size() < kPerKind || latin.size() < kPerKind
                              || email.size() < kPerKind || phone.size() < kPerKind)
                             && i < 100000;
         ++i) {
        q.addBindValue(QVariant::fromValue(static_cast<qint64>((i * 7919) % maxId + 1)));
        if (!q.exec() || !q.next())
            continue;
        const QString name = q.value(0).toString();
        const QString mail = q.value(1).toString();
        const QString digits = q.value(2).toString().remove(QLatin1Char('+'));
        if (!name.isEmpty() && isHan(name.at(0))) {
            if (chinese.size() < kPerKind) // given name (伟明) or surname + first given (张伟)
                chinese << (i % 2 ? name.mid(1) : name.left(2));
        } else if (latin.size() < kPerKind && name.size() > 4) {
            const QString word = name.section(QLatin1Char(' '), i % 2, i % 2);
            latin << word.left(3 + static_cast<int>(i % 3)).toLower();
        }
        if (email.size() < kPerKind && mail.contains(QLatin1Char('@')))
            email << (i % 2 ? mail.section(QLatin1Char('@'), 0, 0)
                            : mail.section(QLatin1Char('@'), 1));
        if (phone.size() < kPerKind && digits.size() >= 10) {
            const QString run = digits.mid(3, 7); // "0013800" -> typed "001-3800"
            phone << run.left(3) + QLatin1Char('-') + run.mid(3);
        }
    }
    return chinese + latin + email + phone;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_search FILE\n");
        return 2;
    }
    auto db = core::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const QSqlDatabase connection = db->connection();
    QSqlQuery max(connection);
    if (!max.exec(QStringLiteral("SELECT max(id) FROM customers")) || !max.next())
        return 1;
    const QStringList texts = queries(connection, max.value(0).toLongLong());
    std::fprintf(stderr, "%lld queries, e.g. %s | %s | %s | %s\n",
                 static_cast<long long>(texts.size()), qPrintable(texts.value(0)),
                 qPrintable(texts.value(kPerKind)), qPrintable(texts.value(2 * kPerKind)),
                 qPrintable(texts.value(3 * kPerKind)));

    core::CustomerRepository customers(connection);
    QSqlQuery like(connection);
    like.prepare(
        QStringLiteral("SELECT id, name, email, phone FROM customers WHERE deleted_at IS NULL "
                       "AND (name LIKE :t OR email LIKE :t OR phone LIKE :t) LIMIT 50"));

    // One untimed pass warms the page cache for both, alike.
    for (const QString& text : texts.mid(0, 10)) {
        (void)customers.search(text, kLimit);
        like.bindValue(QStringLiteral(":t"), QLatin1Char('%') + text + QLatin1Char('%'));
        (void)like.exec();
        while (like.next()) {
        }
    }

    std::vector<double> ours, peer;
    qint64 ourHits = 0, peerHits = 0;
    for (const QString& text : texts) {
        QElapsedTimer timer;
        timer.start();
        auto found = customers.search(text, kLimit);
        ours.push_back(ms(timer));
        if (found)
            ourHits += found->size();
        else
            std::fprintf(stderr, "search failed: %s\n", qPrintable(found.error().message));

        timer.restart();
        like.bindValue(QStringLiteral(":t"), QLatin1Char('%') + text + QLatin1Char('%'));
        int rows = 0;
        if (like.exec()) {
            while (like.next())
                ++rows;
        } else {
            std::fprintf(stderr, "LIKE failed: %s\n", qPrintable(like.lastError().text()));
        }
        peer.push_back(ms(timer));
        peerHits += rows;
    }
    result("queries", static_cast<double>(texts.size()));
    result("search_median_ms", bench::percentile(ours, 0.5));
    result("search_p95_ms", bench::percentile(ours, 0.95));
    result("like_median_ms", bench::percentile(peer, 0.5));
    result("like_p95_ms", bench::percentile(peer, 0.95));
    result("search_hits", static_cast<double>(ourHits));
    result("like_hits", static_cast<double>(peerHits));
    for (int kind = 0; kind < 4 && texts.size() == 4 * kPerKind; ++kind) {
        const auto begin = static_cast<std::ptrdiff_t>(kind * kPerKind);
        std::vector<double> a(ours.begin() + begin, ours.begin() + begin + kPerKind);
        std::vector<double> b(peer.begin() + begin, peer.begin() + begin + kPerKind);
        std::fprintf(stderr,
                     "kind %d: search median %.2f ms p95 %.2f | LIKE median %.2f p95 %.2f\n", kind,
                     bench::percentile(a, 0.5), bench::percentile(a, 0.95),
                     bench::percentile(b, 0.5), bench::percentile(b, 0.95));
    }
    return 0;
}
