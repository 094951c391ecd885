#include "run_in_terminal.h"

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace fc::test {

namespace {
// Appends what `fd` has; false at its end (a terminal whose other side has closed says EIO).
bool read_some(int fd, std::string& into)
{
    char buf[4096];
    const auto n = read(fd, buf, sizeof buf);
    if (n > 0) {
        into.append(buf, static_cast<std::size_t>(n));
        return true;
    }
    return n < 0 && errno == EINTR;
}
} // namespace

ProgramResult run_in_terminal(const std::string& program, const std::vector<std::string>& args,
                              const std::vector<std::string>& extra_env)
{
    int terminal = -1;
    int terminal_side = -1;
    if (openpty(&terminal, &terminal_side, nullptr, nullptr, nullptr) != 0)
        throw std::runtime_error("cannot open a pseudo-terminal");
    int err_pipe[2];
    if (pipe(err_pipe) != 0)
        throw std::runtime_error("cannot create a pipe");

    const pid_t pid = fork();
    if (pid == 0) {
        dup2(terminal_side, STDOUT_FILENO);
        dup2(err_pipe[1], STDERR_FILENO);
        close(terminal);
        close(terminal_side);
        close(err_pipe[0]);
        close(err_pipe[1]);
        exec_in_child(program, args, extra_env);
    }
    close(terminal_side);
    close(err_pipe[1]);

    ProgramResult r;
    pollfd fds[2] = {{terminal, POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    bool open[2] = {true, true};
    while (open[0] || open[1]) {
        for (int i = 0; i < 2; ++i)
            fds[i].fd = open[i] ? (i == 0 ? terminal : err_pipe[0]) : -1;
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; ++i)
            if (open[i] && (fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                open[i] = read_some(i == 0 ? terminal : err_pipe[0], i == 0 ? r.out : r.err);
    }
    close(terminal);
    close(err_pipe[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

} // namespace fc::test
