#pragma once
// Blocks shared by the reports: the title with the clinic's details, label/value fields,
// bulleted lists, boxed notices, the signature block, and the small formatting rules
// (dates, optional measures, clinicians' names).
#include "reports/page_flow.h"
#include "reports/page_frame.h"
#include "reports/report_data.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fc::reports {

inline constexpr std::string_view none_text = "\u2013"; // an en dash for "not recorded"

std::string date_text(const Date& d); // YYYY-MM-DD, or a dash
std::string date_text(const std::optional<Date>& d);
std::string value_text(const std::optional<int>& v, std::string_view unit = {}); // "16 mm", or a dash
std::string clinician_name(const std::vector<Clinician>& clinicians, std::int64_t id);
std::string capitalised(std::string_view id); // "active" -> "Active"
std::string full_name(const Patient& p);      // "Ingrid Ødegaard"
// A stored UTC instant (2026-11-25T10:05:00Z) as "2026-11-25 10:05 UTC"; other text unchanged.
std::string instant_text(std::string_view stored);
// A plan component's dose in a clinician's words: "10 to 25 mm, 5 to 15 minutes, 3 a week, ...".
std::string component_dose(const ComponentParams& params);

FrameText frame_text(const ClinicDetails& clinic, const Patient& patient, std::string report, const Timestamp& at);
DocumentInfo document_info(std::string title, std::string author, std::string subject, const Timestamp& at);

// The report's title and subtitle on the left, the clinic's name and contacts on the right.
void title_block(PageFlow& flow, std::string_view title, std::string_view subtitle, const ClinicDetails& clinic);

struct Field {
    std::string label;
    std::string value;
};
// Label/value pairs in `columns` columns (1 or 2), values wrapped.
void field_block(PageFlow& flow, const std::vector<Field>& fields, int columns = 2);

void bullet_list(PageFlow& flow, const std::vector<std::string>& items, Font font = {}, Color color = style::ink);

// A framed box with a bold title and paragraphs, kept on one page when it fits one.
void notice_box(PageFlow& flow, std::string_view title, const std::vector<std::string>& paragraphs, Color border,
                Color fill);

// "Signed" with a line to sign on, the clinician's name, profession, registration and the date.
void signature_block(PageFlow& flow, const Clinician& clinician, const Date& on);

// A faint diagonal word behind the content of every page (e.g. DRAFT).
void watermark(Document& document, std::string_view word, const FontMetrics& metrics);

} // namespace fc::reports
