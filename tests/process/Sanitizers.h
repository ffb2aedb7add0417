#pragma once

// Which sanitizer this test binary (and the server built beside it) runs under.
// Sanitized processes start and exit several times slower (ASan's leak check
// runs at exit), so a test's time bound for "promptly" is scaled by
// kSanitizerSlowdown; what it checks stays the same.
#if defined(__SANITIZE_THREAD__)
#define COPYDESK_UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define COPYDESK_UNDER_TSAN 1
#endif
#endif

#if defined(__SANITIZE_ADDRESS__)
#define COPYDESK_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COPYDESK_UNDER_ASAN 1
#endif
#endif

#if defined(COPYDESK_UNDER_TSAN) || defined(COPYDESK_UNDER_ASAN)
inline constexpr int kSanitizerSlowdown = 5;
#else
inline constexpr int kSanitizerSlowdown = 1;
#endif
