#pragma once

namespace techwinter {

/// Registers the compiled-in migrations and dataset; a static library's resources are not
/// linked in unless something references them, so every reader calls this first.
void ensureResources();

} // namespace techwinter
