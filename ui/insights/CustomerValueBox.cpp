#include "insights/CustomerValueBox.h"

#include "Format.h"
#include "Session.h"
#include "storage/ScoreRepository.h"
#include "value/Features.h"
#include "value/Rfm.h"
#include "value/ValueModel.h"

#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace rapport::ui {

CustomerValueBox::CustomerValueBox(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_titleLabel(new QLabel(tr("Value"), this))
    , m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("customerValueBox"));
    m_titleLabel->setObjectName(QStringLiteral("customerValueTitle"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_body->setObjectName(QStringLiteral("customerValueBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_body);
    hide();
}

void CustomerValueBox::setCustomer(core::RowId customerId)
{
    m_lines.clear();
    core::ScoreRepository repository(m_session->connection());
    // No score is the quiet answer to a failed read too: the card still shows
    // everything else about the customer.
    const auto score = customerId != 0 ? repository.score(customerId)
                                       : core::Result<std::optional<core::CustomerScore>>(
                                           std::optional<core::CustomerScore>());
    if (!score || !*score) {
        m_body->clear();
        hide();
        return;
    }
    const core::CustomerScore& s = **score;
    const auto run = repository.latestRun();
    QStringList categories;
    int periodDays = 182;
    int months = 12;
    if (run && *run) {
        const QJsonObject& report = (*run)->report;
        for (const QJsonValue& name : report.value(QStringLiteral("categories")).toArray())
            categories << name.toString();
        periodDays = (*run)->periodDays;
        months = report.value(QStringLiteral("clv"))
                     .toObject()
                     .value(QStringLiteral("months"))
                     .toInt(12);
    }
    core::value::RfmSegment segment{};
    const QString segmentName = core::value::rfmSegmentFromKey(s.segment, &segment)
                                    ? core::value::rfmSegmentName(segment)
                                    : s.segment;
    const QLocale locale;
    m_lines << tr("%1 · lifetime value %2 over %n month(s)", nullptr, months)
                   .arg(segmentName, Format::money(s.clvMinor));
    m_lines << tr("Still active: %1 · expected purchases in the next %n day(s): %2", nullptr,
                  periodDays)
                   .arg(Format::percent(s.pAlive), locale.toString(s.expectedPurchases, 'f', 1));
    if (s.churnRisk) {
        const int driver = core::value::featureColumnFromKey(s.churnDriver);
        m_lines << core::value::describeChurn(*s.churnRisk, driver,
                                              static_cast<float>(s.churnDriverValue), categories);
    }
    if (!s.nextCategory.isEmpty() && s.nextCategoryProbability) {
        m_lines << tr("Likely to buy next: %1 (%2)")
                       .arg(s.nextCategory, Format::percent(*s.nextCategoryProbability));
    }
    const QString footer = tr("As of %1 · recency %2, frequency %3, monetary %4 (of 5)")
                               .arg(Format::date(s.scoredOn))
                               .arg(s.r)
                               .arg(s.f)
                               .arg(s.m);
    // The footer in the palette's secondary text colour (dark themes too).
    const QString secondary = palette().color(QPalette::PlaceholderText).name();
    QStringList html;
    for (const QString& line : std::as_const(m_lines))
        html << line.toHtmlEscaped();
    html << QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(secondary, footer.toHtmlEscaped());
    m_body->setText(html.join(QStringLiteral("<br>")));
    m_body->setToolTip(tr("From the latest scoring run (%1). Insights › Customer value explains "
                          "the models and how well they predicted the last period.")
                           .arg(s.modelVersion));
    show();
}

} // namespace rapport::ui
