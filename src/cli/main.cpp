// floorchart-cli: the scripting and batch face of FloorChart's services (see cli/program.h).
#include "cli/program.h"

#include <clocale>

int main(int argc, char** argv)
{
    std::setlocale(LC_ALL, "C.UTF-8");
    std::setlocale(LC_NUMERIC, "C");
    return fc::cli::run_cli(argc, argv);
}
