#include "FilterArguments.h"

#include "EventStore.h"
#include "FieldParsers.h"

namespace techwinter {

namespace {

Result<QDate> boundary(const QString &text, const char *option, bool endOfPeriod)
{
    if (text.trimmed().isEmpty())
        return QDate();
    auto parsed = FieldParsers::parseDate(text);
    if (!parsed || !parsed.value()) {
        return Error { QStringLiteral("%1: '%2' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
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

Result<FilterState> FilterArguments::toState(const EventStore &store) const
{
    FilterState state;
    if (!companies.isEmpty()) {
        std::set<int> chosen;
        for (const QString &name : companies) {
            const auto index = store.findCompany(name);
            if (!index) {
                return Error { QStringLiteral("--company: no company or alias named '%1' in this "
                                              "database")
                                   .arg(name.trimmed()) };
            }
            chosen.insert(*index);
        }
        state.companies = std::move(chosen);
    }
    if (!kinds.isEmpty()) {
        state.kinds.reset();
        for (const QString &word : kinds) {
            const auto kind = eventKindFromName(word);
            if (!kind) {
                return Error { QStringLiteral(
                    "--kind: '%1' is not a kind (use layoff, ai_investment, "
                    "investment, acquisition, restructuring or launch)")
                                   .arg(word) };
            }
            state.setKind(*kind, true);
        }
    }
    auto fromDate = boundary(from, "--from", false);
    if (!fromDate)
        return fromDate.error();
    auto toDate = boundary(to, "--to", true);
    if (!toDate)
        return toDate.error();
    if (fromDate.value().isValid() && toDate.value().isValid() && toDate.value() < fromDate.value())
        return Error { QStringLiteral("--to (%1) is before --from (%2)").arg(to, from) };
    state.from = fromDate.value();
    state.to = toDate.value();
    state.text = text;
    return state;
}

} // namespace techwinter
