// appt add | list | status | move | export-ics, and the diary's settings.
#include "cli/commands.h"

#include "cli/appointment_text.h"
#include "cli/option_fields.h"
#include "cli/terminal_text.h"
#include "core/field_rules.h"
#include "services/appointments.h"
#include "services/clinic_profile.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

namespace fc::cli {

namespace {
// The option's date (the core's rule and message for a date field); nullopt when not given.
std::optional<Date> date_option(const CLI::Option* o, const std::string& field,
                                const DateRule& rule = DateRule{.required = true})
{
    if (!o->count())
        return std::nullopt;
    FieldCheck check;
    const auto d = check.date(field, o->as<std::string>(), rule);
    check.throw_if_failed();
    return d;
}

std::optional<std::int64_t> id_option(const CLI::Option* o, const std::string& field)
{
    if (!o->count())
        return std::nullopt;
    return parse_id(field, o->as<std::string>());
}

// Each warning on standard error, as a line starting "conflict:" that scripts can count.
void warn(const std::vector<BookingWarning>& warnings)
{
    for (const auto& w : warnings)
        std::cerr << "conflict: " << to_string(w.kind) << ": " << printable(w.message) << '\n';
}

void print_ids(const Context& ctx, const Booking& b)
{
    std::string text;
    for (const auto& a : b.appointments)
        text += std::to_string(a.id) + "\n";
    ctx.print(to_json(b), text);
}

SeriesScope scope_of(bool following)
{
    return following ? SeriesScope::ThisAndFollowing : SeriesScope::ThisOnly;
}

void add_booking_command(CLI::App* group, Context& ctx, Action& run)
{
    auto* add = group->add_subcommand("add", "Book an appointment (or a weekly series); prints the new ids");
    auto* patient = add->add_option("PATIENT_ID")->description("Patient id")->required();
    using F = AppointmentForm;
    const std::vector<OptionField<F>> fields = {
        text_option(add, "--date", &F::date, "Date, YYYY-MM-DD (of the first occurrence)"),
        text_option(add, "--time", &F::time, "Start, HH:MM local time"),
        text_option(add, "--duration", &F::duration, "Minutes (default 45)"),
        text_option(add, "--type", &F::type, "initial, follow-up (default), review or discharge"),
        text_option(add, "--with", &F::clinician, "Clinician id (default: the acting clinician)"),
        text_option(add, "--room", &F::room, "Room or location"),
        text_option(add, "--note", &F::note, "Booking note"),
        text_option(add, "--repeat", &F::repeat, "weekly"),
        text_option(add, "--on", &F::on, "Days of a weekly repeat: mon,thu"),
        text_option(add, "--count", &F::count, "Occurrences in all"),
        text_option(add, "--every", &F::every, "Weeks between repeats (default 1)"),
    };
    fields[0].option->required();
    fields[1].option->required();
    add->callback([&, patient, fields] {
        run = [&, patient, fields] {
            AppointmentForm form;
            apply_given(fields, form);
            const auto booked =
                Appointments(ctx.clinic(), ctx.acting_clinician()).book(parse_id("PATIENT_ID", value_of(patient)), form);
            warn(booked.warnings);
            print_ids(ctx, booked);
        };
    });
}

void add_list_command(CLI::App* group, Context& ctx, Action& run)
{
    auto* list = group->add_subcommand("list", "Appointments of a day or week (default today), of a patient");
    auto* day = list->add_option("--day")->description("That day, YYYY-MM-DD");
    auto* week = list->add_option("--week")->description("The week (Monday to Sunday) holding DATE")->excludes(day);
    auto* with = list->add_option("--with")->description("Only this clinician's (id)");
    auto* patient = list->add_option("--patient")->description("Only this patient's (id); alone: all of them");
    list->callback([&, day, week, with, patient] {
        run = [&, day, week, with, patient] {
            auto& clinic = ctx.clinic();
            Appointments diary(clinic, Actor::nobody());
            const auto on_day = date_option(day, "day");
            const auto in_week = date_option(week, "week", week_rule());
            const auto clinician = id_option(with, "with");
            const auto patient_id = id_option(patient, "patient");
            std::vector<DiaryEntry> found;
            if (patient_id) { // NotFound (exit 4) for a patient who does not exist
                found = diary.diary_of_patient(*patient_id);
                if (on_day || in_week) {
                    const auto from = in_week ? monday_of(*in_week) : *on_day;
                    const auto to = in_week ? from + boost::gregorian::days(6) : from;
                    std::erase_if(found, [&](const auto& e) {
                        return e.appointment.date < from || e.appointment.date > to;
                    });
                }
                if (clinician)
                    std::erase_if(found, [&](const auto& e) { return e.appointment.clinician_id != *clinician; });
            } else {
                found = in_week ? diary.diary(*in_week, DiarySpan::Week, clinician)
                                : diary.diary(on_day.value_or(clinic.today()), DiarySpan::Day, clinician);
            }
            auto j = nlohmann::json::array();
            for (const auto& e : found)
                j.push_back(to_json(e.appointment));
            ctx.print(j, ctx.json ? std::string() : appointments_text(found));
        };
    });
}

void add_status_command(CLI::App* group, Context& ctx, Action& run)
{
    auto* status = group->add_subcommand("status", "Record that an appointment was attended, cancelled or missed");
    auto* id = status->add_option("APPT_ID")->description("Appointment id")->required();
    auto* to = status->add_option("STATUS")->description("attended, cancelled or dna")->required();
    auto* reason = status->add_option("--reason")->description("Why (required to cancel)");
    auto* following = status->add_flag("--following")->description("Also cancel the later ones of its series");
    status->callback([&, id, to, reason, following] {
        run = [&, id, to, reason, following] {
            const auto wanted = to->as<std::string>();
            const auto parsed = parse_appointment_status(wanted);
            if (!parsed || *parsed == AppointmentStatus::Booked)
                throw InvalidInput(FieldError{"status", "one-of", "must be one of: attended, cancelled, dna"});
            const auto changed = Appointments(ctx.clinic(), ctx.acting_clinician())
                                     .set_status(parse_id("APPT_ID", value_of(id)), *parsed, value_of(reason),
                                                 std::nullopt, scope_of(following->count() > 0));
            auto j = nlohmann::json::array();
            std::string text;
            for (const auto& a : changed) {
                j.push_back(to_json(a));
                text += fmt::format("appointment {}: {}\n", a.id, label(a.status));
            }
            ctx.print(j, text);
        };
    });
}

void add_move_command(CLI::App* group, Context& ctx, Action& run)
{
    auto* move = group->add_subcommand("move", "Move an appointment to another date and time");
    auto* id = move->add_option("APPT_ID")->description("Appointment id")->required();
    auto* date = move->add_option("--date")->description("New date, YYYY-MM-DD")->required();
    auto* time = move->add_option("--time")->description("New start, HH:MM")->required();
    auto* following = move->add_flag("--following")->description("Also move the later ones of its series (splits it)");
    move->callback([&, id, date, time, following] {
        run = [&, id, date, time, following] {
            const auto moved = Appointments(ctx.clinic(), ctx.acting_clinician())
                                   .move(parse_id("APPT_ID", value_of(id)), value_of(date), value_of(time),
                                         std::nullopt, scope_of(following->count() > 0));
            warn(moved.warnings);
            print_ids(ctx, moved);
        };
    });
}

void add_export_command(CLI::App* group, Context& ctx, Action& run)
{
    auto* ics = group->add_subcommand("export-ics", "A clinician's week as an iCalendar file for a phone or calendar");
    auto* with = ics->add_option("--with")->description("Clinician id (default: the acting clinician)");
    auto* week = ics->add_option("--week")->description("A date of the week (Monday to Sunday)")->required();
    auto* output = ics->add_option("-o,--output")->description("The .ics file to write")->required();
    auto* initials = ics->add_flag("--initials")->description("Show patients' initials (default: no names)");
    auto* force = add_force_flag(ics);
    ics->callback([&, with, week, output, initials, force] {
        run = [&, with, week, output, initials, force] {
            auto& clinic = ctx.clinic();
            const auto clinician = with->count() ? parse_id("with", with->as<std::string>())
                                                 : *ctx.acting_clinician().clinician_id;
            const auto day = *date_option(week, "week", week_rule());
            const std::filesystem::path path = output->as<std::string>();
            Appointments(clinic, Actor::nobody()).export_week(clinician, day, initials->count() > 0, path,
                                                          existing_file(force));
            ctx.print(nlohmann::json{{"file", path.string()}, {"clinician_id", clinician}, {"week", to_iso(monday_of(day))}},
                      path.string());
        };
    });
}

void add_settings_command(CLI::App& app, Context& ctx, Action& run)
{
    auto* settings = app.add_subcommand(
        "settings", "The clinic's details, report paper, opening hours and time zone (shows them; changes the given ones)");
    auto form = std::make_shared<DiarySettingsForm>();
    auto profile = std::make_shared<ClinicProfileForm>();
    settings->add_option("--clinic-name", profile->name, "The clinic's name, in every report's header");
    settings->add_option("--address", profile->address, "The clinic's address (\\n for a new line)");
    settings->add_option("--phone", profile->phone, "The clinic's phone number");
    settings->add_option("--email", profile->email, "The clinic's email address");
    settings->add_option("--paper", profile->paper, "Reports' paper unless asked otherwise: a4 or letter");
    settings->add_option("--time-zone", form->time_zone, "Time zone, such as Europe/London");
    for (int d = 0; d < 7; ++d) {
        const auto day = std::string(to_string(static_cast<Weekday>(d)));
        settings->add_option("--" + day, form->days[d], "Opening hours on " + day + ": 08:00-18:00 or closed");
    }
    settings->callback([&, settings, form, profile] {
        run = [&, settings, form, profile] {
            bool change = false;
            for (const auto* o : settings->get_options())
                change = change || (o->get_name() != "--help" && o->count() > 0);
            auto& clinic = ctx.clinic(change);
            auto details = clinic_profile(clinic);
            auto s = Appointments(clinic, Actor::nobody()).settings();
            if (change) {
                const auto actor = ctx.acting_clinician();
                auto lines = *profile;
                for (std::size_t at; (at = lines.address.find("\\n")) != std::string::npos;)
                    lines.address.replace(at, 2, "\n");
                // Both are checked before either is saved, so a refusal changes nothing.
                std::vector<FieldError> errors;
                for (const auto& check : std::vector<std::function<void()>>{
                         [&] { Appointments(clinic, actor).check_settings(*form); },
                         [&] { check_clinic_profile(lines); }}) {
                    try {
                        check();
                    } catch (const InvalidInput& e) {
                        errors.insert(errors.end(), e.errors().begin(), e.errors().end());
                    }
                }
                if (!errors.empty())
                    throw InvalidInput(std::move(errors));
                details = save_clinic_profile(clinic, actor, lines);
                s = Appointments(clinic, actor).save_settings(*form);
            }
            auto j = to_json(s);
            j["clinic"] = {{"name", details.name},   {"address", details.address}, {"phone", details.phone},
                           {"email", details.email}, {"paper", details.paper}};
            ctx.print(j, profile_text(details) + settings_text(s));
        };
    });
}
} // namespace

void add_appointment_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* group = app.add_subcommand("appt", "The clinic's diary: book, list, move, attend, cancel, export");
    group->require_subcommand(1);
    add_booking_command(group, ctx, run);
    add_list_command(group, ctx, run);
    add_status_command(group, ctx, run);
    add_move_command(group, ctx, run);
    add_export_command(group, ctx, run);
    add_settings_command(app, ctx, run);
}

} // namespace fc::cli
