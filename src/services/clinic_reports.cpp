#include "services/clinic_reports.h"

#include "core/field_rules.h"
#include "core/progress.h"
#include "reports/reports.h"
#include "services/clinic_profile.h"
#include "services/flag_raising.h"
#include "services/record_lookup.h"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>

namespace fc {

namespace {
using boost::gregorian::days;

// The paper asked for, else the clinic's (ClinicProfile::paper).
reports::PaperSize paper_of(FieldCheck& check, const std::string& paper, Clinic& clinic)
{
    const auto wanted = paper.empty() ? clinic_profile(clinic).paper : paper;
    return check.one_of("paper", wanted, {"a4", "letter"}) == "letter" ? reports::PaperSize::Letter
                                                                        : reports::PaperSize::A4;
}

reports::Timestamp now_stamp()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return reports::Timestamp{Date(static_cast<unsigned short>(tm.tm_year + 1900),
                                   static_cast<unsigned short>(tm.tm_mon + 1), static_cast<unsigned short>(tm.tm_mday)),
                              TimeOfDay::at(tm.tm_hour, tm.tm_min), static_cast<int>(tm.tm_gmtoff / 60)};
}

reports::ClinicDetails clinic_details(Clinic& clinic)
{
    auto p = clinic_profile(clinic);
    return reports::ClinicDetails{.name = p.name, .address = p.address, .phone = p.phone, .email = p.email};
}

Clinician signer(Clinic::Impl& impl, const Actor& actor)
{
    if (actor.clinician_id)
        if (auto c = impl.clinicians.find(*actor.clinician_id))
            return *c;
    return Clinician{};
}

std::string clinician_name(const std::vector<Clinician>& all, std::int64_t id)
{
    for (const auto& c : all)
        if (c.id == id)
            return c.name;
    return fmt::format("clinician {}", id);
}
} // namespace

reports::ProgressReportData ClinicReports::progress(std::int64_t patient_id, const ProgressReportForm& form)
{
    const auto today = clinic_.today();
    FieldCheck check;
    const auto to = check.date("to", form.to, DateRule{.not_before = Date(1900, 1, 1)}).value_or(today);
    const auto from = check.date("from", form.from, DateRule{.not_before = Date(1900, 1, 1)});
    const auto summary = check.text("summary", form.summary, TextRule{.max_length = 4000, .multiline = true});
    const auto paper = paper_of(check, form.paper, clinic_);
    if (from && *from > to)
        check.fail("to", "before-start", fmt::format("{} is before the start of the period ({})", to_iso(to),
                                                     to_iso(*from)));
    check.throw_if_failed();

    auto& impl = clinic_.impl();
    return impl.write([&] {
        reports::ProgressReportData d;
        d.patient = existing_patient(impl, patient_id);
        d.clinic = clinic_details(clinic_);
        d.conditions = impl.conditions.for_patient(patient_id);
        d.precautions = impl.precautions.for_patient(patient_id);
        const auto ctx = red_flag_context(impl, patient_id);
        const auto active = active_plan_version(impl, patient_id);
        d.to = to;
        d.from = from ? *from : (active ? std::min(active->plan.start_on, to) : to - days(90));
        if (const auto* v = plan_on(ctx.plan_versions, d.to))
            d.plan = *v;
        for (const auto& n : ctx.notes)
            if (n.date >= d.from && n.date <= d.to)
                d.notes.push_back(n);
        for (const auto& e : ctx.home_log)
            if (e.date >= d.from && e.date <= d.to)
                d.home_log.push_back(e);
        d.progress = progress_series(d.notes, d.home_log, ctx.plan_versions, ctx.catalogue);
        d.adherence = adherence(d.notes, d.home_log, ctx.plan_versions, d.from, d.to);
        d.clinicians = impl.clinicians.list();
        for (const auto& f : impl.red_flags.list({.patient_id = patient_id})) {
            if (f.on < d.from || f.on > d.to)
                continue;
            reports::FlagLine line{.rule = std::string(label(f.rule)),
                                   .severity = std::string(to_string(f.severity)),
                                   .date = f.on,
                                   .message = f.message,
                                   .status = std::string(to_string(f.status()))};
            if (f.acknowledgement) {
                line.action = std::string(label(f.acknowledgement->action));
                line.note = f.acknowledgement->note;
                line.by = clinician_name(d.clinicians, f.acknowledgement->by);
                line.at = f.acknowledgement->at;
            }
            d.flags.push_back(std::move(line));
        }
        d.summary = summary;
        d.signed_by = signer(impl, actor_);
        d.generated_at = now_stamp();
        d.paper = paper;
        return d;
    });
}

reports::SessionNoteReportData ClinicReports::note(std::int64_t note_id, const std::string& paper_text)
{
    FieldCheck check;
    const auto paper = paper_of(check, paper_text, clinic_);
    check.throw_if_failed();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        reports::SessionNoteReportData d;
        const auto n = impl.notes.find(note_id);
        if (!n)
            throw NotFound(fmt::format("session note {} not found", note_id));
        d.note = *n;
        d.patient = existing_patient(impl, n->patient_id);
        d.clinic = clinic_details(clinic_);
        d.addenda = impl.notes.addenda(note_id);
        d.clinicians = impl.clinicians.list();
        d.generated_at = now_stamp();
        d.paper = paper;
        return d;
    });
}

reports::HomeProgrammeData ClinicReports::handout(std::int64_t patient_id, const std::string& paper_text)
{
    FieldCheck check;
    const auto paper = paper_of(check, paper_text, clinic_);
    check.throw_if_failed();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        reports::HomeProgrammeData d;
        d.patient = existing_patient(impl, patient_id);
        const auto plan = active_plan_version(impl, patient_id);
        if (!plan)
            throw NotFound(fmt::format("patient {} has no active therapy plan to hand out", patient_id));
        d.plan = plan->plan;
        if (const auto* programme = dilator_programme(d.plan))
            d.dilator_set = impl.dilator_sets.find(programme->set_id);
        d.clinic = clinic_details(clinic_);
        d.starts_on = clinic_.today();
        d.clinician = signer(impl, actor_);
        d.generated_at = now_stamp();
        d.paper = paper;
        return d;
    });
}

reports::Document ClinicReports::layout(const reports::ProgressReportData& data)
{
    return reports::layout_progress_report(data, reports::ReportFonts::shared().metrics());
}

reports::Document ClinicReports::layout(const reports::SessionNoteReportData& data)
{
    return reports::layout_session_note(data, reports::ReportFonts::shared().metrics());
}

reports::Document ClinicReports::layout(const reports::HomeProgrammeData& data)
{
    return reports::layout_home_programme(data, reports::ReportFonts::shared().metrics());
}

namespace {
// The audit entry of a delivered report.
struct ReportAudit {
    const char* entity;
    std::int64_t id;
    std::string details;
};

ReportAudit audit_entry(const reports::ProgressReportData& d)
{
    return {"patient", d.patient.id, fmt::format("progress report {} to {}", to_iso(d.from), to_iso(d.to))};
}

ReportAudit audit_entry(const reports::SessionNoteReportData& d)
{
    return {"note", d.note.id, fmt::format("patient {}", d.note.patient_id)};
}

ReportAudit audit_entry(const reports::HomeProgrammeData& d)
{
    return {"patient", d.patient.id, "home programme handout"};
}

template <class Data>
void record(Clinic& clinic, const Actor& actor, const Data& data)
{
    auto& impl = clinic.impl();
    const auto entry = audit_entry(data);
    impl.write([&] { impl.audit.append(actor.clinician_id, "report", entry.entity, entry.id, entry.details); });
}

std::string render_pdf(const reports::Document& document)
{
    thread_local reports::PdfRenderer pdf; // one per thread, reused: it keeps the fonts loaded
    return pdf.render(document);
}

// Renders the report, puts its file in place, and only then records it.
template <class Data>
void save_report(Clinic& clinic, const Actor& actor, const Data& data, const std::filesystem::path& file,
                 ExistingFile existing)
{
    const auto target = output_target(clinic, file, existing);
    store::check_output(target); // before the rendering, which takes the longest
    store::write_output_file(target, render_pdf(ClinicReports::layout(data)));
    record(clinic, actor, data);
}
} // namespace

void ClinicReports::save(const reports::ProgressReportData& data, const std::filesystem::path& file,
                         ExistingFile existing)
{
    save_report(clinic_, actor_, data, file, existing);
}

void ClinicReports::save(const reports::SessionNoteReportData& data, const std::filesystem::path& file,
                         ExistingFile existing)
{
    save_report(clinic_, actor_, data, file, existing);
}

void ClinicReports::save(const reports::HomeProgrammeData& data, const std::filesystem::path& file,
                         ExistingFile existing)
{
    save_report(clinic_, actor_, data, file, existing);
}

void ClinicReports::record_shown(const reports::ProgressReportData& data)
{
    record(clinic_, actor_, data);
}

void ClinicReports::record_shown(const reports::SessionNoteReportData& data)
{
    record(clinic_, actor_, data);
}

void ClinicReports::record_shown(const reports::HomeProgrammeData& data)
{
    record(clinic_, actor_, data);
}

} // namespace fc
