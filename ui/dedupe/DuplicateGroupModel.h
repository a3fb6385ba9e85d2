#pragma once

#include "dedupe/DuplicateFinder.h"

#include <QAbstractItemModel>
#include <QHash>

namespace rapport::ui {

// The duplicate groups as a two-level tree: a row per group (why its members
// look alike, spanning the columns) with a row per member under it (name,
// e-mail, phone, company, orders, created). Small and fully loaded: the finder
// returns at most the groups the dialog asks for.
class DuplicateGroupModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EmailColumn,
        PhoneColumn,
        CompanyColumn,
        OrdersColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        CustomerIdRole = Qt::UserRole, // member rows: the customer id; group rows: 0
        GroupRowRole,                  // the row of the group a row belongs to
        SortRole,                      // raw values (order counts as numbers, ISO times)
    };

    explicit DuplicateGroupModel(QObject* parent = nullptr);

    void setGroups(QList<core::DuplicateGroup> groups);
    int groupCount() const { return int(m_groups.size()); }
    const core::DuplicateGroup& group(int row) const { return m_groups.at(row).group; }
    // After a merge: drops the merged members, and the group once fewer than two remain.
    void removeMembers(int groupRow, const QList<core::RowId>& ids);

    // "Same e-mail: ann@example.com · Same phone: 13800138000"
    static QString reasonText(const core::DuplicateGroup& group);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Member rows point at their group by a key that never changes, so their
    // indexes stay right when an earlier group is removed.
    struct Entry
    {
        quintptr key = 0;
        core::DuplicateGroup group;
    };
    int rowOfKey(quintptr key) const;
    void reindex();
    QVariant groupData(const core::DuplicateGroup& group, int column, int role) const;
    QVariant memberData(const core::DuplicateMember& member, int column, int role) const;

    QList<Entry> m_groups;
    QHash<quintptr, int> m_rowOfKey;
    quintptr m_nextKey = 1; // 0 marks group rows
};

} // namespace rapport::ui
