#include "virtual_display.h"

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fc::ui::test {

VirtualDisplay::VirtualDisplay(const std::string& xvfb)
{
    int ready[2];
    if (pipe(ready) != 0)
        throw std::runtime_error("virtual display: no pipe");
    const pid_t parent = getpid();
    server_ = fork();
    if (server_ < 0)
        throw std::runtime_error("virtual display: cannot fork");
    if (server_ == 0) {
        // The server ends with the tests, however they end.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent)
            _exit(1);
        close(ready[0]);
        const int quiet = open("/dev/null", O_WRONLY);
        dup2(quiet, STDOUT_FILENO);
        dup2(quiet, STDERR_FILENO);
        // -displayfd: the server takes the first free display number itself and writes it once it
        // accepts connections, so that programs starting at the same time never race for one.
        const auto fd = std::to_string(ready[1]);
        execl(xvfb.c_str(), "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
              static_cast<char*>(nullptr));
        _exit(127);
    }
    close(ready[1]);
    std::string number;
    char c = 0;
    while (read(ready[0], &c, 1) == 1 && c != '\n')
        number += c;
    close(ready[0]);
    if (number.empty()) {
        kill(server_, SIGTERM);
        waitpid(server_, nullptr, 0);
        throw std::runtime_error("virtual display: " + xvfb + " did not start");
    }
    setenv("DISPLAY", (":" + number).c_str(), 1);
}

VirtualDisplay::~VirtualDisplay()
{
    kill(server_, SIGTERM);
    waitpid(server_, nullptr, 0);
}

} // namespace fc::ui::test
