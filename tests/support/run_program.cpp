#include "support/run_program.h"

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace fc::test {

namespace {
std::string slurp_and_remove(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string s{std::istreambuf_iterator<char>(in), {}};
    std::remove(path.c_str());
    return s;
}
} // namespace

void exec_in_child(const std::string& program, const std::vector<std::string>& args,
                   const std::vector<std::string>& extra_env)
{
    const int null_fd = open("/dev/null", O_RDONLY);
    dup2(null_fd, STDIN_FILENO);
    for (const auto& e : extra_env)
        putenv(const_cast<char*>(e.c_str()));
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(program.c_str(), argv.data());
    _exit(127);
}

ProgramResult run_program(const std::string& program, const std::vector<std::string>& args,
                          const std::vector<std::string>& extra_env)
{
    char out_name[] = "/tmp/floorchart-out-XXXXXX";
    char err_name[] = "/tmp/floorchart-err-XXXXXX";
    const int out_fd = mkstemp(out_name);
    const int err_fd = mkstemp(err_name);
    if (out_fd < 0 || err_fd < 0)
        throw std::runtime_error("cannot create capture files");

    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out_fd, STDOUT_FILENO);
        dup2(err_fd, STDERR_FILENO);
        exec_in_child(program, args, extra_env);
    }
    close(out_fd);
    close(err_fd);
    int status = 0;
    waitpid(pid, &status, 0);
    ProgramResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = slurp_and_remove(out_name);
    r.err = slurp_and_remove(err_name);
    return r;
}

} // namespace fc::test
