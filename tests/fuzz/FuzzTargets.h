#pragma once

// The bodies of the libFuzzer targets, shared with the Catch2 regression test so that a crashing
// input kept in tests/fuzz/regressions/ goes through exactly the code that found it.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace techwinter::fuzz {

/// Thrown when a parser returns something its contract rules out (a round trip that loses data,
/// a line number of 0...). A plain crash needs no exception: the sanitizers report it.
class BrokenInvariant : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

/// Runs one input through one target; throws BrokenInvariant on a contract violation.
using TargetFunction = void (*)(const std::uint8_t *data, std::size_t size);

struct Target
{
    const char *name; ///< the directory name under corpus/ and regressions/, and the binary suffix
    TargetFunction run;
};

void csvReader(const std::uint8_t *data, std::size_t size);
void fieldParsers(const std::uint8_t *data, std::size_t size);
void eventCsv(const std::uint8_t *data, std::size_t size);
void filterArguments(const std::uint8_t *data, std::size_t size);
void sourceReader(const std::uint8_t *data, std::size_t size);
void eventJson(const std::uint8_t *data, std::size_t size);
void importer(const std::uint8_t *data, std::size_t size);

/// Every target, in the order CI fuzzes them.
const std::vector<Target> &targets();

} // namespace techwinter::fuzz
