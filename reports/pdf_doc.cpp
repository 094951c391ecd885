#include "reports/pdf_doc.h"

#include "reports/report_error.h"

#include <fmt/format.h>

namespace fc::reports::pdf {

namespace {
extern "C" void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) noexcept
{
    auto* status = static_cast<Status*>(user);
    if (status->error == HPDF_OK) { // keep the first: later ones are usually its consequences
        status->error = error;
        status->detail = detail;
    }
}
} // namespace

Doc::Doc() : status_(std::make_unique<Status>()), doc_(HPDF_New(record_error, status_.get()))
{
    if (!doc_)
        throw ReportError("the PDF library could not start (out of memory?)");
}

void Doc::check(std::string_view doing) const
{
    if (failed())
        throw_error(doing);
}

void Doc::throw_error(std::string_view doing) const
{
    throw ReportError(fmt::format("the PDF library failed while {} (error 0x{:04X}, detail {})", doing,
                                  static_cast<unsigned>(status_->error), static_cast<long>(status_->detail)));
}

} // namespace fc::reports::pdf
