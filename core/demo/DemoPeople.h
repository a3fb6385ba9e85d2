#pragma once

#include "demo/DemoRandom.h"

#include <QHash>
#include <QString>

#include <vector>

namespace rapport::core {

struct DemoPerson
{
    QString name, email, phone, city, address;
};

struct DemoCompany
{
    QString name, phone, website, address, mailDomain;
};

// Makes up believable people and companies from DemoCatalog's word lists:
// about 60% Chinese names (张伟明), the rest English (Emily Carter); Chinese
// mobiles written the ways people write them ("138 0013 8000", "138-0013-8000"),
// landlines, and the fictional US/UK ranges (+1 415-555-01xx, +44 20 7946 0xxx);
// e-mail only at reserved domains (*.example), so a demo campaign cannot reach
// anyone. Some people have no e-mail or no phone, as in real address books.
class DemoPeople
{
public:
    explicit DemoPeople(DemoRandom& random);

    DemoPerson person(const QString& companyDomain);
    DemoCompany company();

private:
    QString chineseMobile();
    QString phoneFor(int city);
    QString addressFor(int city);
    int pickCity(bool chinese);

    DemoRandom& m_random;
    std::vector<double> m_surnameWeights; // cumulative, Zipf-like
    std::vector<double> m_givenWeights;
    QHash<QString, int> m_companyNames; // how often a company name was used
};

} // namespace rapport::core
