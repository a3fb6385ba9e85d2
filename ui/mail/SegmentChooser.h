#pragma once

#include "mail/MailTypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace rapport::core {
enum class Entity;
}

namespace rapport::ui {

class Session;

// Picks who a campaign goes to: a kind (tag, saved customer view, RFM segment
// of the latest scoring run, the target list of a rule of the latest product
// mining run) and one of its names, plus "only customers who opted in". The
// lists follow the database (ChangeHub), keeping the choice when it still
// exists. RFM segments show their translated name and are stored by key;
// rules show "A ⇒ B (lift 2.1)" and are stored by id.
class SegmentChooser : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentChooser(Session* session, QWidget* parent = nullptr);

    // None when the chosen kind has nothing to choose from.
    std::optional<core::mail::SegmentRef> segment() const;
    // Selects the kind and the entry stored as `segment.name`; false if absent.
    bool setSegment(const core::mail::SegmentRef& segment);
    bool requireOptIn() const;
    void setRequireOptIn(bool required);
    // What the chooser shows for the current segment ("Tag: VIP").
    QString segmentText() const;

    // The entries of the current kind: shown text and stored name.
    QStringList entryTexts() const;
    QStringList entryNames() const;

    // Most rules a rule list shows (the strongest by lift).
    static constexpr int kMaxRules = 500;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();

private:
    void onDatabaseChanged(core::Entity entity);
    void fillTags();
    void fillViews();
    void fillRfm();
    void fillRules();
    core::mail::SegmentRef::Kind currentKind() const;

    Session* m_session;
    QComboBox* m_kind;
    QComboBox* m_name;
    QCheckBox* m_optIn;
    QLabel* m_hint;
};

} // namespace rapport::ui
