#pragma once

#include "MoneyConverter.h"

#include <QStringList>

namespace techwinter {

/// The export columns a currency or real-dollar view adds after the usual ones: amount_krw with
/// the won-per-dollar rate and its month, amount_usd_real with its price year.
class MoneyColumns
{
public:
    explicit MoneyColumns(const MoneySettings &settings);

    bool isEmpty() const { return m_names.isEmpty(); }
    QStringList names() const { return m_names; }
    /// One cell per name for `event`, as plain text (numbers unquoted); empty when unknown.
    QStringList cells(const Event &event) const;
    /// Whether the name's cell is a number (JSON writes it bare).
    static bool isNumeric(const QString &name);

private:
    MoneySettings m_settings;
    MoneyConverter m_krw;
    MoneyConverter m_real;
    QStringList m_names;
};

} // namespace techwinter
