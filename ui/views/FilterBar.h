#pragma once

#include <QFrame>

class QLabel;

namespace rapport::ui {

// The compact line under a table's search box while a filter is on:
// "Filtered: City is 上海 and has tag VIP — 12 rows · Edit · Save View… · Clear".
class FilterBar : public QFrame
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    void setDescription(const QString& description, qint64 rows);
    QString text() const;

Q_SIGNALS:
    void editRequested();
    void saveRequested();
    void clearRequested();

private:
    QLabel* m_label;
    QLabel* m_links;
};

} // namespace rapport::ui
