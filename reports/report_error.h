#pragma once
// A report that cannot be made: a missing or broken font file, a PDF library failure, a file
// that cannot be written. Thrown as a value; the CLI and the GUI turn it into a message.
#include "core/errors.h"

namespace fc::reports {

class ReportError : public Error {
public:
    using Error::Error;
};

} // namespace fc::reports
