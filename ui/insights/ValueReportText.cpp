#include "insights/ValueReportText.h"

#include "Format.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace rapport::ui {

namespace {

// Parameters span orders of magnitude (γ in the thousands, r below one):
// significant digits read better than fixed decimals.
QString parameter(const QJsonValue& value)
{
    if (!value.isDouble())
        return QStringLiteral("–");
    const double number = value.toDouble();
    // Four significant digits, but never in exponent form ("1.014E+04").
    return std::abs(number) >= 1000 ? QLocale().toString(number, 'f', 0)
                                    : QLocale().toString(number, 'g', 4);
}

// Log-likelihoods of large data sets run to six digits: fixed, never "E+05".
QString logLikelihood(const QJsonValue& value)
{
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'f', 1) : QStringLiteral("–");
}

QString row(const QString& name, const QString& value)
{
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

QString heading(const QString& text)
{
    return QStringLiteral("<p style=\"margin-top:6px;margin-bottom:2px\"><b>%1</b></p>")
        .arg(text.toHtmlEscaped());
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

} // namespace

QString ValueReportText::summary(const core::ScoringRun& run)
{
    return tr("Scored as of %1: %Ln customer(s) · %2 · took %3 s", nullptr, int(run.customers))
        .arg(Format::date(run.asOf), run.modelVersion, QLocale().toString(run.seconds, 'f', 1));
}

QString ValueReportText::modelDetailsHtml(const QJsonObject& report)
{
    const QJsonObject bg = report.value(QStringLiteral("bgnbd")).toObject();
    const QJsonObject gg = report.value(QStringLiteral("gamma_gamma")).toObject();
    QString html;
    html += heading(tr("BG/NBD (purchase frequency and drop-out)"));
    html += QStringLiteral("<table>");
    html += row(tr("r"), parameter(bg.value(QStringLiteral("r"))));
    html += row(tr("α"), parameter(bg.value(QStringLiteral("alpha"))));
    html += row(tr("a"), parameter(bg.value(QStringLiteral("a"))));
    html += row(tr("b"), parameter(bg.value(QStringLiteral("b"))));
    html += row(tr("Log-likelihood"), logLikelihood(bg.value(QStringLiteral("log_likelihood"))));
    html += row(
        tr("Customers (repeat)"),
        tr("%1 (%2)").arg(Format::count(bg.value(QStringLiteral("customers")).toInteger()),
                          Format::count(bg.value(QStringLiteral("repeat_customers")).toInteger())));
    html += QStringLiteral("</table>");

    html += heading(tr("Gamma-Gamma (spend per purchase)"));
    html += QStringLiteral("<table>");
    html += row(tr("p"), parameter(gg.value(QStringLiteral("p"))));
    html += row(tr("q"), parameter(gg.value(QStringLiteral("q"))));
    html += row(tr("γ"), parameter(gg.value(QStringLiteral("gamma"))));
    html += row(tr("Log-likelihood"), logLikelihood(gg.value(QStringLiteral("log_likelihood"))));
    html += row(tr("Frequency–spend correlation"),
                parameter(gg.value(QStringLiteral("frequency_spend_correlation"))));
    html += QStringLiteral("</table>");

    // The lifetime model's check: refitted up to the calibration end, then
    // compared with what customers bought in the holdout.
    const QJsonObject holdout = report.value(QStringLiteral("holdout"))
                                    .toObject()
                                    .value(QStringLiteral("holdout"))
                                    .toObject();
    if (!holdout.isEmpty()) {
        const auto day = [&](const char* key) {
            return Format::date(
                QDate::fromString(holdout.value(QLatin1String(key)).toString(), Qt::ISODate));
        };
        const auto whole = [&](const char* key) {
            return QLocale().toString(holdout.value(QLatin1String(key)).toDouble(), 'f', 0);
        };
        html += heading(tr("Holdout %1 – %2").arg(day("calibration_end"), day("holdout_end")));
        html += QStringLiteral("<table>");
        html += row(tr("Repeat purchases, actual"), whole("actual_purchases"));
        html += row(tr("Repeat purchases, predicted"), whole("predicted_purchases"));
        html += row(tr("P(alive) AUC"), parameter(holdout.value(QStringLiteral("p_alive_auc"))));
        html += QStringLiteral("</table>");
    }

    const QJsonObject clv = report.value(QStringLiteral("clv")).toObject();
    html += QStringLiteral("<p style=\"margin-top:6px\">%1</p>")
                .arg(tr("CLV over %n month(s), discounted %1 per month", nullptr,
                        clv.value(QStringLiteral("months")).toInt())
                         .arg(QLocale().toString(
                                  clv.value(QStringLiteral("monthly_discount")).toDouble() * 100,
                                  'g', 3)
                              + QStringLiteral(" %"))
                         .toHtmlEscaped());

    // Warnings of either fit and the run's notes: what could not be done, and why.
    QStringList remarks = strings(report.value(QStringLiteral("notes")));
    remarks << strings(bg.value(QStringLiteral("warnings")))
            << strings(gg.value(QStringLiteral("warnings")));
    if (!remarks.isEmpty()) {
        html += heading(tr("Notes and warnings"));
        html += QStringLiteral("<ul style=\"margin-left:12px;-qt-list-indent:0\">");
        for (const QString& remark : std::as_const(remarks))
            html += QStringLiteral("<li>%1</li>").arg(remark.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace rapport::ui
