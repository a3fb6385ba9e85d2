#include "demo/DemoPeople.h"

#include "demo/DemoCatalog.h"

namespace rapport::core {

namespace {

constexpr double kChineseShare = 0.60;
constexpr double kNoEmail = 0.08;
constexpr double kNoPhone = 0.06;
constexpr double kWorkEmail = 0.5; // of people at a company

// Zipf-like running sums: the i-th entry weighs 1 / (i + 4).
std::vector<double> zipf(qsizetype count)
{
    std::vector<double> cumulative;
    double sum = 0;
    for (qsizetype i = 0; i < count; ++i) {
        sum += 1.0 / static_cast<double>(i + 4);
        cumulative.push_back(sum);
    }
    return cumulative;
}

QString digits(DemoRandom& random, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QLatin1Char(static_cast<char>('0' + random.below(10)));
    return s;
}

template<typename List>
const auto& pick(DemoRandom& random, const List& list)
{
    return list.at(random.below(static_cast<int>(list.size())));
}

QString slug(const QString& text)
{
    QString out;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

} // namespace

DemoPeople::DemoPeople(DemoRandom& random)
    : m_random(random)
    , m_surnameWeights(zipf(DemoCatalog::chineseSurnames().size()))
    , m_givenWeights(zipf(DemoCatalog::chineseGivenNames().size()))
{}

int DemoPeople::pickCity(bool chinese)
{
    const QList<DemoCity>& cities = DemoCatalog::cities();
    const bool inChina = chinese ? m_random.chance(0.92) : m_random.chance(0.5);
    for (;;) {
        const int i = m_random.below(static_cast<int>(cities.size()));
        if (cities.at(i).china == inChina)
            return i;
    }
}

QString DemoPeople::chineseMobile()
{
    static const int prefixes[] = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150,
                                   151, 152, 153, 155, 156, 157, 158, 159, 176, 177,
                                   180, 181, 182, 183, 185, 186, 187, 188, 189, 199};
    const QString prefix = QString::number(prefixes[m_random.below(std::size(prefixes))]);
    const QString middle = digits(m_random, 4);
    const QString last = digits(m_random, 4);
    const int style = m_random.below(10);
    if (style < 6)
        return prefix + QLatin1Char(' ') + middle + QLatin1Char(' ') + last; // 138 0013 8000
    if (style < 8)
        return prefix + QLatin1Char('-') + middle + QLatin1Char('-') + last; // 138-0013-8000
    if (style < 9)
        return prefix + middle + last; // 13800138000
    return QStringLiteral("+86 ") + prefix + QLatin1Char(' ') + middle + QLatin1Char(' ') + last;
}

QString DemoPeople::phoneFor(int city)
{
    const DemoCity& c = DemoCatalog::cities().at(city);
    if (c.phoneArea.startsWith(QStringLiteral("+1")))
        return c.phoneArea + QStringLiteral("-555-01") + digits(m_random, 2);
    if (c.phoneArea.startsWith(QStringLiteral("+44")))
        return c.phoneArea + QStringLiteral(" 7946 0") + digits(m_random, 3);
    if (m_random.chance(0.9))
        return chineseMobile();
    return c.phoneArea + QLatin1Char('-') + QString::number(m_random.between(2, 8))
           + digits(m_random, 3) + QLatin1Char(' ') + digits(m_random, 4);
}

QString DemoPeople::addressFor(int city)
{
    const DemoCity& c = DemoCatalog::cities().at(city);
    const QString& street = pick(m_random, c.streets);
    const int number = m_random.between(1, 999);
    if (c.china) {
        QString address = street + QString::number(number) + QStringLiteral("号");
        if (m_random.chance(0.6))
            address += QString::number(m_random.between(1, 30)) + QStringLiteral("栋")
                       + QString::number(m_random.between(101, 2808)) + QStringLiteral("室");
        return address;
    }
    QString address = QString::number(number) + QLatin1Char(' ') + street;
    if (m_random.chance(0.3))
        address += QStringLiteral(", Apt ") + QString::number(m_random.between(1, 40));
    return address;
}

DemoPerson DemoPeople::person(const QString& companyDomain)
{
    DemoPerson p;
    const bool chinese = m_random.chance(kChineseShare);
    QString first;
    QString last;
    if (chinese) {
        const DemoWord& surname =
            DemoCatalog::chineseSurnames().at(m_random.weighted(m_surnameWeights));
        const DemoWord& given =
            DemoCatalog::chineseGivenNames().at(m_random.weighted(m_givenWeights));
        p.name = surname.hanzi + given.hanzi;
        first = given.latin;
        last = surname.latin;
    } else {
        const QString& f = pick(m_random, DemoCatalog::englishFirstNames());
        const QString& l = pick(m_random, DemoCatalog::englishLastNames());
        p.name = f + QLatin1Char(' ') + l;
        first = slug(f);
        last = slug(l);
    }

    const int city = pickCity(chinese);
    p.city = DemoCatalog::cities().at(city).name;
    p.address = m_random.chance(0.85) ? addressFor(city) : QString();
    p.phone = m_random.chance(kNoPhone) ? QString() : phoneFor(city);

    if (!m_random.chance(kNoEmail)) {
        const bool work = !companyDomain.isEmpty() && m_random.chance(kWorkEmail);
        const QString domain = work ? companyDomain : pick(m_random, DemoCatalog::mailDomains());
        QString local;
        switch (m_random.below(work ? 2 : 5)) {
        case 0:
            local = first + QLatin1Char('.') + last;
            break;
        case 1:
            local = first.left(1) + last;
            break;
        case 2:
            local = last + first + QString::number(m_random.between(1, 99));
            break;
        case 3:
            local = first + QLatin1Char('_') + last + QString::number(m_random.between(60, 2005));
            break;
        default: // QQ-style numeric mailbox
            local =
                QString::number(m_random.between(1, 9)) + digits(m_random, m_random.between(5, 9));
            break;
        }
        p.email = local + QLatin1Char('@') + domain;
    }
    return p;
}

DemoCompany DemoPeople::company()
{
    DemoCompany c;
    const bool chinese = m_random.chance(0.7);
    const int city = pickCity(chinese);
    const DemoCity& place = DemoCatalog::cities().at(city);
    QString base;
    if (chinese && place.china) {
        const DemoWord& word = pick(m_random, DemoCatalog::chineseCompanyWords());
        const DemoWord& industry = pick(m_random, DemoCatalog::chineseIndustries());
        base = place.name + word.hanzi + industry.hanzi + QStringLiteral("有限公司");
        c.mailDomain = word.latin + QLatin1Char('-') + industry.latin + QStringLiteral(".example");
    } else {
        const QString& word = pick(m_random, DemoCatalog::englishCompanyWords());
        const QString& industry = pick(m_random, DemoCatalog::englishIndustries());
        base = word + QLatin1Char(' ') + industry;
        c.mailDomain = slug(word) + QLatin1Char('-')
                       + slug(industry.section(QLatin1Char(' '), 0, 0))
                       + QStringLiteral(".example");
    }
    // Word lists give a few thousand names; later companies with a taken name
    // are branches ("第2分公司", "Branch 2"), so names stay unique.
    const int used = m_companyNames.value(base, 0);
    m_companyNames.insert(base, used + 1);
    if (used == 0)
        c.name = base;
    else if (chinese && place.china)
        c.name = base + QStringLiteral("第") + QString::number(used + 1) + QStringLiteral("分公司");
    else
        c.name = base + QStringLiteral(" (Branch ") + QString::number(used + 1) + QLatin1Char(')');
    c.website = QStringLiteral("https://www.") + c.mailDomain;
    c.phone = phoneFor(city);
    c.address = addressFor(city);
    return c;
}

} // namespace rapport::core
