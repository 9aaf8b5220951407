#include "CsvReader.h"
#include "EventCsv.h"
#include "FieldParsers.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {
std::vector<CsvRecord> parseOk(const QString &text)
{
    auto r = CsvReader::parse(text, QStringLiteral("t.csv"));
    REQUIRE(r.ok());
    return r.value();
}
} // namespace

TEST_CASE("CSV fields may hold commas, doubled quotes and line breaks inside quotes")
{
    const auto rows = parseOk(
        QStringLiteral("a,b,c\n\"Ottawa, Non-U.S.\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,,z\n"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields
        == QStringList { QStringLiteral("Ottawa, Non-U.S."), QStringLiteral("say \"hi\""),
            QStringLiteral("two\nlines") });
    CHECK(rows[2].fields == QStringList { QStringLiteral("x"), QString(), QStringLiteral("z") });
    // The record after a quoted line break starts on line 4 of the file.
    CHECK(rows[2].line == 4);
}

TEST_CASE("CSV accepts CRLF, LF and CR-only line endings and a missing final newline")
{
    for (const QString &eol :
        { QStringLiteral("\r\n"), QStringLiteral("\n"), QStringLiteral("\r") }) {
        const auto rows = parseOk(
            QStringLiteral("h1,h2") + eol + QStringLiteral("1,2") + eol + QStringLiteral("3,4"));
        REQUIRE(rows.size() == 3);
        CHECK(rows[2].fields == QStringList { QStringLiteral("3"), QStringLiteral("4") });
        CHECK(rows[2].line == 3);
    }
}

TEST_CASE("CSV skips blank lines but keeps rows of empty cells")
{
    const auto rows = parseOk(QStringLiteral("a,b\n\n,\n1,2\n"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields == QStringList { QString(), QString() });
    CHECK(rows[2].line == 4);
}

TEST_CASE("A quoted field left open at the end of the file is an error naming its line")
{
    auto r = CsvReader::parse(
        QStringLiteral("a,b\n1,2\n3,\"never closed\n4,5\n"), QStringLiteral("broken.csv"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == QStringLiteral("broken.csv"));
    CHECK(r.error().line == 3);
    CHECK(r.error().toString().startsWith(QStringLiteral("broken.csv:3: ")));
}

TEST_CASE("Decoding drops a UTF-8 BOM and falls back to Latin-1 for bytes that are not UTF-8")
{
    CHECK(CsvReader::decode(QByteArray("\xEF\xBB\xBF"
                                       "date,company"))
        == QStringLiteral("date,company"));
    CHECK(CsvReader::decode(QByteArray("\xEC\xB9\xB4\xEC\xB9\xB4\xEC\x98\xA4"))
        == QStringLiteral("카카오"));
    CHECK(CsvReader::decode(QByteArray("ag\xE1mi")) == QStringLiteral("agámi"));
}

TEST_CASE("Dates: day, month and year precision — impossible dates rejected")
{
    auto day = FieldParsers::parseDate(u"2023-01-20");
    REQUIRE(day.ok());
    CHECK(day.value()->date == QDate(2023, 1, 20));
    CHECK(day.value()->precision == DatePrecision::Day);
    auto month = FieldParsers::parseDate(u" 2023-03 ");
    REQUIRE(month.ok());
    CHECK(month.value()->date == QDate(2023, 3, 1));
    CHECK(month.value()->precision == DatePrecision::Month);
    auto year = FieldParsers::parseDate(u"2023");
    REQUIRE(year.ok());
    CHECK(year.value()->precision == DatePrecision::Year);
    CHECK(FieldParsers::parseDate(u"").value() == std::nullopt);
    CHECK(FieldParsers::parseDate(u"NULL").value() == std::nullopt);
    for (const char16_t *bad :
        { u"2023-02-30", u"2023-13", u"20230120", u"yesterday", u"2023-1-5" })
        CHECK_FALSE(FieldParsers::parseDate(bad).ok());
}

TEST_CASE(
    "Numbers: thousands separators and float spellings — null tokens are unknown, junk is an error")
{
    CHECK(*FieldParsers::parseNumber(u"12,000").value() == 12000.0);
    CHECK(*FieldParsers::parseCount(u"16000.0").value() == 16000);
    CHECK(FieldParsers::parseCount(u"undisclosed").value() == std::nullopt);
    CHECK(FieldParsers::parseCount(u"-").value() == std::nullopt);
    CHECK_FALSE(FieldParsers::parseCount(u"12.5").ok());
    CHECK_FALSE(FieldParsers::parseNumber(u"#NAME?").ok());
    CHECK_FALSE(FieldParsers::parseNumber(u"inf").ok());
}

TEST_CASE("TechWinter CSV round-trips every field, and formula-like text is neutralised on export")
{
    Event e = test::makeEvent(QStringLiteral("2023-01"), QStringLiteral("=HYPERLINK(\"x\")"),
        EventKind::AiInvestment, std::nullopt, 1234.5,
        QStringLiteral("Funding, \"quoted\"\nsecond line"));
    e.counterparty = QStringLiteral("@mention");
    e.notes = QStringLiteral("-5% of staff");
    e.workforcePct = 6.5;
    e.amount = 1000.0;
    e.currency = QStringLiteral("EUR");
    e.usdRate = 1.2345;
    const std::vector<Event> events { e,
        test::makeEvent(
            QStringLiteral("2024-12-31"), QStringLiteral("구글"), EventKind::Layoff, 42) };

    const QByteArray bytes = EventCsv::write(events);
    CHECK(
        bytes.startsWith("date,company,kind,title,headcount,amount_usd,counterparty,source_url,"));
    // A spreadsheet must not see a cell that starts with =, +, - or @.
    CHECK(bytes.contains("'=HYPERLINK"));
    CHECK(bytes.contains(",'@mention,"));
    CHECK(bytes.contains("'-5% of staff"));

    auto back = EventCsv::read(QString::fromUtf8(bytes), QStringLiteral("roundtrip.csv"));
    REQUIRE(back.ok());
    CHECK(back->rejected.empty());
    REQUIRE(back->events.size() == 2);
    CHECK(back->events[0] == events[0]);
    CHECK(back->events[1] == events[1]);
}

TEST_CASE("TechWinter CSV maps columns by header name and rejects bad rows with file and line")
{
    const QString text = QStringLiteral("kind,company,date,headcount\n"
                                        "layoff,Google,2023-01-20,12000\n"
                                        "layoff,Google,2023-02-30,5\n"
                                        "layoff,Google,2023-03-01,lots\n"
                                        "firing,Google,2023-03-01,5\n"
                                        "layoff,,2023-03-01,5\n"
                                        "layoff,Meta,2023-03-14,\n");
    auto r = EventCsv::read(text, QStringLiteral("mixed.csv"));
    REQUIRE(r.ok());
    CHECK(r->rowsRead == 6);
    REQUIRE(r->events.size() == 2);
    CHECK(r->events[0].headcount == 12000);
    CHECK(r->events[1].headcount == std::nullopt);
    REQUIRE(r->rejected.size() == 4);
    CHECK(r->rejected[0].line == 3);
    CHECK(r->rejected[0].message.contains(QStringLiteral("date")));
    CHECK(r->rejected[1].line == 4);
    CHECK(r->rejected[1].message.contains(QStringLiteral("headcount")));
    CHECK(r->rejected[2].message.contains(QStringLiteral("'firing' is not a kind")));
    CHECK(r->rejected[3].message.contains(QStringLiteral("company")));
}

TEST_CASE("TechWinter CSV without the required columns is refused as a whole")
{
    auto r = EventCsv::read(
        QStringLiteral("when,who\n2023-01-01,Google\n"), QStringLiteral("other.csv"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().toString()
        == QStringLiteral(
            "other.csv:1: the header lacks the required column(s) date, company, kind"));
    CHECK_FALSE(EventCsv::read(QString(), QStringLiteral("empty.csv")).ok());
}
