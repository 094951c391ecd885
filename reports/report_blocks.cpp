#include "reports/report_blocks.h"

#include "reports/table_layout.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fc::reports {

std::string date_text(const Date& d)
{
    return d.is_special() ? std::string(none_text) : to_iso(d);
}

std::string date_text(const std::optional<Date>& d)
{
    return d ? date_text(*d) : std::string(none_text);
}

std::string value_text(const std::optional<int>& v, std::string_view unit)
{
    if (!v)
        return std::string(none_text);
    return unit.empty() ? std::to_string(*v) : fmt::format("{} {}", *v, unit);
}

std::string clinician_name(const std::vector<Clinician>& clinicians, std::int64_t id)
{
    const auto it = std::find_if(clinicians.begin(), clinicians.end(), [id](const Clinician& c) { return c.id == id; });
    return it != clinicians.end() ? it->name : fmt::format("clinician #{}", id);
}

std::string capitalised(std::string_view id)
{
    std::string s(id);
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string full_name(const Patient& p)
{
    const auto& given = p.preferred_name.empty() ? p.given_name : p.preferred_name;
    return given.empty() ? p.family_name : p.family_name.empty() ? given : given + " " + p.family_name;
}

std::string instant_text(std::string_view stored)
{
    if (!is_utc_instant(stored))
        return std::string(stored);
    return fmt::format("{} {} UTC", stored.substr(0, 10), stored.substr(11, 5));
}

namespace {
struct Dose {
    std::string operator()(const DilatorProgramme& d) const
    {
        return fmt::format("{} to {} mm, {} to {} minutes, {} a week, {} lubricant", d.start_mm, d.target_mm,
                           d.minutes_start, d.minutes_target, d.per_week, to_string(d.lubricant));
    }
    std::string operator()(const PfmtProgramme& p) const
    {
        return fmt::format("hold {} s, {} repetitions, {} sets a day, {} fast contractions{}", p.hold_s, p.reps, p.sets,
                           p.fast, p.relaxation ? "; aim: relaxation (down-training)" : "");
    }
    std::string operator()(const BreathingPractice& b) const
    {
        return fmt::format("{} minutes, {} a day", b.minutes, b.per_day);
    }
    std::string operator()(const PerinealMassage& m) const
    {
        return fmt::format("{} minutes, {} a week", m.minutes, m.per_week);
    }
    std::string operator()(const HeatTherapy& h) const
    {
        return fmt::format("{} minutes, {} a week", h.minutes, h.per_week);
    }
    std::string operator()(const Education& e) const
    {
        std::string topics;
        for (const auto t : e.topics)
            topics += (topics.empty() ? "" : "; ") + std::string(label(t));
        if (!e.other_topic.empty())
            topics += (topics.empty() ? "" : "; ") + e.other_topic;
        return topics;
    }
    std::string operator()(const Referral& r) const
    {
        return r.reason.empty() ? "to " + r.to : fmt::format("to {}: {}", r.to, r.reason);
    }
};
} // namespace

std::string component_dose(const ComponentParams& params)
{
    return std::visit(Dose{}, params);
}

FrameText frame_text(const ClinicDetails& clinic, const Patient& patient, std::string report, const Timestamp& at)
{
    return FrameText{clinic.name, std::move(report), {}, patient.display_name(), date_text(patient.dob),
                     patient.mrn, to_text(at)};
}

DocumentInfo document_info(std::string title, std::string author, std::string subject, const Timestamp& at)
{
    DocumentInfo info;
    info.title = std::move(title);
    info.author = std::move(author);
    info.subject = std::move(subject);
    info.created = at;
    return info;
}

void title_block(PageFlow& flow, std::string_view title, std::string_view subtitle, const ClinicDetails& clinic)
{
    const auto& m = flow.metrics();
    const auto& body = flow.body();
    const Font title_font{style::title_size, FontStyle::Bold};
    const Font sub_font{style::body_size + 0.5};
    const Font clinic_font{style::small_size + 0.5, FontStyle::Bold};
    const Font contact_font{style::small_size + 0.5};
    const double right_w = body.width() * 0.4, left_w = body.width() - right_w - 12;

    const auto title_lines = wrap_text_limited(m, title, title_font, left_w, 3);
    const auto sub_lines = wrap_text_limited(m, subtitle, sub_font, left_w, 4);
    std::vector<std::pair<std::string, Font>> contact;
    for (auto& l : wrap_text_limited(m, clinic.name, clinic_font, right_w, 2))
        contact.emplace_back(std::move(l), clinic_font);
    std::vector<std::string> details;
    if (!clinic.address.empty())
        details.push_back(clinic.address);
    if (!clinic.phone.empty())
        details.push_back("Tel. " + clinic.phone);
    if (!clinic.email.empty())
        details.push_back(clinic.email);
    for (const auto& d : details)
        for (auto& l : wrap_text_limited(m, d, contact_font, right_w, 4))
            contact.emplace_back(std::move(l), contact_font);

    const double left_h = static_cast<double>(title_lines.size()) * style::line_height(title_font.size) +
                          static_cast<double>(sub_lines.size()) * style::line_height(sub_font.size);
    double right_h = 0;
    for (const auto& c : contact)
        right_h += style::line_height(c.second.size);
    flow.ensure(std::max(left_h, right_h));

    const double top = flow.y();
    double y = top;
    for (const auto& l : title_lines) {
        flow.add(text_line(m, l, title_font, style::accent, body.left, y));
        y += style::line_height(title_font.size);
    }
    for (const auto& l : sub_lines) {
        flow.add(text_line(m, l, sub_font, style::muted, body.left, y));
        y += style::line_height(sub_font.size);
    }
    double ry = top + 2;
    for (const auto& [line, font] : contact) {
        flow.add(
            text_line(m, line, font, font.style == FontStyle::Bold ? style::ink : style::muted, body.right, ry, true));
        ry += style::line_height(font.size);
    }
    flow.advance(std::max(left_h, right_h + 2));
}

void field_block(PageFlow& flow, const std::vector<Field>& fields, int columns)
{
    columns = std::clamp(columns, 1, 2);
    Table table;
    table.header = false;
    table.ruled = false;
    table.size = style::body_size - 0.5;
    for (int c = 0; c < columns; ++c) {
        // One column lines its labels up with those of two columns: 1.05 / 6 of the width.
        table.columns.push_back({{}, 1.05});
        table.columns.push_back({{}, columns == 1 ? 4.95 : 1.95});
    }
    const auto per_row = static_cast<std::size_t>(columns);
    for (std::size_t i = 0; i < fields.size(); i += per_row) {
        TableRow row;
        for (std::size_t k = i; k < i + per_row; ++k) {
            if (k < fields.size()) {
                row.cells.push_back({fields[k].label, FontStyle::Bold, style::muted});
                row.cells.push_back({fields[k].value.empty() ? std::string(none_text) : fields[k].value});
            }
        }
        table.rows.push_back(std::move(row));
    }
    place_table(flow, table);
}

void bullet_list(PageFlow& flow, const std::vector<std::string>& items, Font font, Color color)
{
    const double indent = 11;
    for (const auto& item : items) {
        const auto lines = wrap_text(flow.metrics(), item, font, flow.body().width() - indent);
        flow.ensure(style::line_height(font.size));
        flow.add(text_line(flow.metrics(), "\u2022", font, style::accent, flow.body().left + 2, flow.y()));
        flow.lines(lines, font, color, indent);
        flow.advance(1.5);
    }
}

void notice_box(PageFlow& flow, std::string_view title, const std::vector<std::string>& paragraphs, Color border,
                Color fill)
{
    const auto& m = flow.metrics();
    const double pad = 8, bar = 4;
    const double inner = flow.body().width() - 2 * pad - bar;
    const Font title_font{style::body_size + 0.5, FontStyle::Bold};
    const Font text_font{style::body_size};
    const auto title_lines = wrap_text(m, title, title_font, inner);
    std::vector<std::vector<std::string>> blocks;
    double h = 2 * pad + static_cast<double>(title_lines.size()) * style::line_height(title_font.size);
    for (const auto& p : paragraphs) {
        blocks.push_back(wrap_text(m, p, text_font, inner));
        h += static_cast<double>(blocks.back().size()) * style::line_height(text_font.size) + 2;
    }
    flow.gap(style::paragraph_gap);
    if (h > flow.body().height()) { // too long for any page: plain text, no frame
        flow.lines(title_lines, title_font, border);
        for (const auto& b : blocks)
            flow.lines(b, text_font);
        return;
    }
    flow.ensure(h);
    const double left = flow.body().left, top = flow.y();
    flow.add(Rect{left, top, flow.body().width(), h, fill, border, 0.8});
    flow.add(Rect{left, top, bar, h, border, std::nullopt});
    double y = top + pad;
    const double x = left + bar + pad;
    for (const auto& l : title_lines) {
        flow.add(text_line(m, l, title_font, border, x, y));
        y += style::line_height(title_font.size);
    }
    for (const auto& b : blocks) {
        for (const auto& l : b) {
            if (!l.empty())
                flow.add(text_line(m, l, text_font, style::ink, x, y));
            y += style::line_height(text_font.size);
        }
        y += 2;
    }
    flow.advance(h);
    flow.gap(style::paragraph_gap);
}

void signature_block(PageFlow& flow, const Clinician& clinician, const Date& on)
{
    const auto& m = flow.metrics();
    const auto& body = flow.body();
    const Font label{style::small_size, FontStyle::Bold};
    const Font name_font{style::body_size, FontStyle::Bold};
    const Font text{style::body_size};
    const double sign_w = body.width() * 0.55;
    const auto name = wrap_text_limited(m, clinician.name, name_font, sign_w, 3);
    const auto role = wrap_text_limited(m, clinician.profession, text, sign_w, 2);
    const auto reg = wrap_text_limited(
        m, "Registration no. " + (clinician.registration.empty() ? std::string(none_text) : clinician.registration),
        text, sign_w, 2);
    const double space = 30; // room to sign above the line
    const double h = style::line_height(label.size) + space + 4 +
                     static_cast<double>(name.size()) * style::line_height(name_font.size) +
                     static_cast<double>(role.size() + reg.size()) * style::line_height(text.size);
    flow.gap(style::section_gap);
    flow.ensure(h);
    const double top = flow.y();
    const double date_x = body.left + sign_w + 30;
    flow.add(text_line(m, "SIGNATURE", label, style::muted, body.left, top));
    flow.add(text_line(m, "DATE", label, style::muted, date_x, top));
    const double line_y = top + style::line_height(label.size) + space;
    flow.add(Line{{body.left, line_y}, {body.left + sign_w, line_y}, 0.6, style::ink});
    flow.add(Line{{date_x, line_y}, {body.right, line_y}, 0.6, style::ink});
    flow.add(text_line(m, date_text(on), text, style::ink, date_x, line_y - style::line_height(text.size) - 1));
    flow.advance(line_y + 4 - top);
    flow.lines(name, name_font);
    flow.lines(role, text, style::muted);
    flow.lines(reg, text, style::muted);
}

void watermark(Document& document, std::string_view word, const FontMetrics& metrics)
{
    const double size = std::min(document.size.width, document.size.height) * 0.2;
    const double w = metrics.text_width(word, size, FontStyle::Bold);
    const double a = std::atan2(document.size.height, document.size.width);
    const double cap = metrics.ascent(size, FontStyle::Bold) * 0.75;
    const Point centre{document.size.width / 2, document.size.height / 2};
    // Along the text (page y grows downwards) and up from its baseline.
    const Point along{std::cos(a), -std::sin(a)}, up{-std::sin(a), -std::cos(a)};
    const Point start{centre.x - along.x * w / 2 - up.x * cap / 2, centre.y - along.y * w / 2 - up.y * cap / 2};
    for (auto& page : document.pages)
        page.items.insert(page.items.begin(), TextRun{start, std::string(word), size, FontStyle::Bold,
                                                      Color{0.99, 0.91, 0.91}, a * 180 / std::numbers::pi});
}

} // namespace fc::reports
