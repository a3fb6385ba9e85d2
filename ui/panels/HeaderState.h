#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

class QHeaderView;

namespace rapport::ui {

// A table header's layout (order, widths, hidden columns, sort) saved by
// column key rather than by section number, because the columns of a table
// change when custom fields are added or removed: QHeaderView::saveState()
// restored over a different column set would put widths and hidden flags on
// the wrong columns. Columns the state does not know keep their defaults.
class HeaderState
{
public:
    // `keys` are the column keys of the header's logical sections.
    static QByteArray save(const QHeaderView* header, const QStringList& keys);
    // Applies a state made by save() (or, when it is QHeaderView's own binary
    // form from before and the columns are the built-in ones, that). Returns
    // the keys the state knew, or nothing if there was no usable state.
    static std::optional<QStringList> restore(QHeaderView* header, const QStringList& keys,
                                              const QByteArray& state);
};

} // namespace rapport::ui
