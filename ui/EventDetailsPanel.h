#pragma once

#include "Event.h"
#include "ImportTypes.h"
#include "MoneyConverter.h"

#include <QTextBrowser>

#include <optional>

namespace techwinter {

/// The selected event in full: title, figures in original currency and in US dollars, the
/// conversion rate, the source (a link that opens the browser) and the notes.
class EventDetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit EventDetailsPanel(QWidget *parent = nullptr);

    /// Shows `event` (nothing when empty) and, when known, where it was imported from.
    void setEvent(
        const std::optional<Event> &event, const std::optional<EventDetails> &details = {});

    /// Adds the amount in the window's currency (won or real dollars) with the rates used.
    void setMoney(const MoneySettings &money);

    /// The panel's HTML for an event (escaped; exposed for tests).
    static QString html(const Event &event, const std::optional<EventDetails> &details = {},
        const MoneySettings &money = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    /// The row of the amount in `money`'s currency, with its rates; empty when nothing converts.
    static QString convertedRow(const Event &event, const MoneySettings &money);

    std::optional<Event> m_event;
    std::optional<EventDetails> m_details;
    MoneySettings m_money;
};

} // namespace techwinter
