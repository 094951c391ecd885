#pragma once
// A virtual X display of the test program's own: an Xvfb server started for it, gone with it (also
// when the program is killed). CTest runs every GUI test as a program of its own, several at a
// time; each on its own display, the keys one test sends and the focus it takes never reach another
// test's windows. The app or the CLI a test starts as a child runs on the same display.
#include <string>
#include <sys/types.h>

namespace fc::ui::test {

class VirtualDisplay {
public:
    // Starts `xvfb` on the first free display number and points DISPLAY at it; throws
    // std::runtime_error when the server does not start.
    explicit VirtualDisplay(const std::string& xvfb);
    ~VirtualDisplay(); // stops the server
    VirtualDisplay(const VirtualDisplay&) = delete;
    VirtualDisplay& operator=(const VirtualDisplay&) = delete;

private:
    pid_t server_ = -1;
};

} // namespace fc::ui::test
