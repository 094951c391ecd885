#pragma once
// The running header and footer of every page: clinic and report, the patient's name, date of
// birth and MRN in the header; "Page n of m", the generation time and a confidentiality line in
// the footer. Their heights are known before the body is laid out; they are drawn afterwards,
// when the page count is.
#include "reports/document.h"
#include "reports/font_metrics.h"
#include "reports/page_flow.h"

#include <string>
#include <vector>

namespace fc::reports {

struct FrameText {
    std::string clinic;
    std::string report;  // "Progress report"
    std::string marking; // in red next to the report's name on every page, e.g. "DRAFT – not signed"
    std::string patient_name;
    std::string dob; // YYYY-MM-DD
    std::string mrn;
    std::string generated; // "2026-11-25 10:05"
};

// The confidentiality line of every report's footer.
extern const char* const confidentiality_notice;

class PageFrame {
public:
    PageFrame(const FontMetrics& metrics, PageSize size, FrameText text);

    BodyBox body() const { return body_; }
    // Header and footer on every page of `document`.
    void decorate(Document& document) const;

private:
    void header(Page& page) const;
    void footer(Page& page, std::size_t number, std::size_t count) const;

    const FontMetrics& metrics_;
    PageSize size_;
    FrameText text_;
    std::vector<std::string> name_lines_;
    std::string id_text_;
    std::vector<std::string> notice_lines_;
    double header_height_ = 0;
    double footer_height_ = 0;
    BodyBox body_;
};

} // namespace fc::reports
