#include "FilterArguments.h"

#include "FieldParsers.h"

#include <QCoreApplication>

namespace techwinter {

namespace {

// The filter options' errors are shown on the command line: translated with its words.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

Result<QDate> boundary(const QString &text, const char *option, bool endOfPeriod)
{
    if (text.trimmed().isEmpty())
        return QDate();
    auto parsed = FieldParsers::parseDate(text);
    if (!parsed || !parsed.value()) {
        return Error { CommandLine::tr("%1: '%2' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
                           .arg(QLatin1String(option), text) };
    }
    const ParsedDate d = *parsed.value();
    if (endOfPeriod && d.precision == DatePrecision::Month)
        return d.date.addMonths(1).addDays(-1);
    if (endOfPeriod && d.precision == DatePrecision::Year)
        return d.date.addYears(1).addDays(-1);
    return d.date;
}

} // namespace

Result<ViewState> FilterArguments::toView() const
{
    ViewState view;
    if (!companies.isEmpty())
        view.companies = companies;
    if (!kinds.isEmpty()) {
        view.kinds.reset();
        for (const QString &word : kinds) {
            const auto kind = eventKindFromName(word);
            if (!kind) {
                return Error { CommandLine::tr(
                    "--kind: '%1' is not a kind (use layoff, ai_investment, "
                    "investment, acquisition, restructuring, launch or ai_infrastructure)")
                                   .arg(word) };
            }
            view.setKind(*kind, true);
        }
    }
    auto fromDate = boundary(from, "--from", false);
    if (!fromDate)
        return fromDate.error();
    auto toDate = boundary(to, "--to", true);
    if (!toDate)
        return toDate.error();
    if (fromDate.value().isValid() && toDate.value().isValid() && toDate.value() < fromDate.value())
        return Error { CommandLine::tr("--to (%1) is before --from (%2)").arg(to, from) };
    view.from = fromDate.value();
    view.to = toDate.value();
    view.text = text;
    return view;
}

Result<FilterState> FilterArguments::toState(const EventStore &store) const
{
    auto view = toView();
    if (!view)
        return view.error();
    return view->strictFilterFor(store);
}

} // namespace techwinter
