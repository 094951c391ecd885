#pragma once
// Whether this test was built with AddressSanitizer (the clang tree of tests/fuzz/configure.sh):
// programs there run two to three times slower and reserve terabytes of address space.

namespace fc::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool address_sanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool address_sanitizer = true;
#else
inline constexpr bool address_sanitizer = false;
#endif
#else
inline constexpr bool address_sanitizer = false;
#endif

} // namespace fc::test
