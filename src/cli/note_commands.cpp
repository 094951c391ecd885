#include "cli/commands.h"

#include "cli/clinical_json.h"
#include "cli/clinical_text.h"
#include "cli/option_fields.h"
#include "core/session_note.h"
#include "services/clinician_directory.h"
#include "services/session_notes.h"

#include <fmt/format.h>

namespace fc::cli {

namespace {
// A SOAP field: --NAME TEXT or --NAME-file FILE.
struct SoapOption {
    std::string name;
    std::string NoteForm::*member;
    CLI::Option* text;
    CLI::Option* file;
};

struct NoteOptions {
    std::vector<OptionField<NoteForm>> fields;
    std::vector<SoapOption> soap;

    void apply(NoteForm& form) const
    {
        apply_given(fields, form);
        for (const auto& s : soap)
            if (s.text->count() || s.file->count())
                form.*s.member = text_or_file(s.text, s.file, s.name, max_soap_length);
    }
};

template <class T>
OptionField<NoteForm> measure(CLI::App* cmd, const std::string& name, std::string MeasuresForm::*member, T help)
{
    return {cmd->add_option(name)->description(help),
            [member](NoteForm& f, const CLI::Option& o) { f.measures.*member = o.as<std::string>(); }};
}

OptionField<NoteForm> symptom(CLI::App* cmd, const std::string& name, bool Symptoms::*member, const char* help)
{
    return {cmd->add_flag("--" + name + ",!--no-" + name)->description(help),
            [member](NoteForm& f, const CLI::Option& o) { f.symptoms.*member = o.as<bool>(); }};
}

NoteOptions note_options(CLI::App* cmd)
{
    using F = NoteForm;
    using M = MeasuresForm;
    NoteOptions o;
    o.fields = {
        text_option(cmd, "--date", &F::date, "Date of the session (default today)"),
        text_option(cmd, "--time", &F::start, "Start time HH:MM (default now)"),
        text_option(cmd, "--duration", &F::duration, "Duration in minutes"),
        text_option(cmd, "--type", &F::type, "initial|follow-up|review|discharge (default follow-up)"),
        text_option(cmd, "--attendance", &F::attendance, "attended|cancelled|did-not-attend (default attended)"),
        text_option(cmd, "--appointment", &F::appointment, "Appointment id"),
        text_option(cmd, "--next-steps", &F::next_steps, "Next steps"),
        measure(cmd, "--pain-during", &M::pain_during, "Pain NRS during, 0-10"),
        measure(cmd, "--pain-after", &M::pain_after, "Pain NRS after, 0-10"),
        measure(cmd, "--comfort", &M::comfort, "Comfort 0-10"),
        measure(cmd, "--dilator-mm", &M::dilator_mm, "Dilator size reached, mm (a size of the plan's set)"),
        measure(cmd, "--minutes", &M::minutes_held, "Minutes the dilator was held"),
        measure(cmd, "--oxford", &M::oxford, "Modified Oxford scale 0-5"),
        measure(cmd, "--perfect-p", &M::perfect_p, "PERFECT power 0-5"),
        measure(cmd, "--perfect-e", &M::perfect_e, "PERFECT endurance, seconds"),
        measure(cmd, "--perfect-r", &M::perfect_r, "PERFECT repetitions"),
        measure(cmd, "--perfect-f", &M::perfect_f, "PERFECT fast contractions"),
        measure(cmd, "--bristol", &M::bristol, "Bristol stool type 1-7"),
        symptom(cmd, "bleeding", &Symptoms::bleeding, "Bleeding"),
        symptom(cmd, "sharp-pain", &Symptoms::sharp_pain, "Sharp or intense pain"),
        symptom(cmd, "burning", &Symptoms::burning, "Burning"),
        symptom(cmd, "soreness", &Symptoms::soreness_over_24h, "Soreness lasting over 24 h"),
        symptom(cmd, "worsening", &Symptoms::worsening, "Worsening of a known condition"),
        symptom(cmd, "distress", &Symptoms::distress, "Emotional distress noted"),
        flag_option(cmd, "screened", &F::screened, "The screening questions were asked"),
        flag_option(cmd, "consent-internal", &F::consent_internal, "Consent for internal examination given"),
        flag_option(cmd, "chaperone-offered", &F::chaperone_offered, "A chaperone was offered"),
        flag_option(cmd, "chaperone-present", &F::chaperone_present, "A chaperone was present"),
    };
    o.fields.push_back(
        {cmd->add_option("--screening")->description("Screening answered yes: bowel-change,weight-loss,night-pain,fever"),
         [](F& f, const CLI::Option& opt) {
             f.screening = opt.as<std::vector<std::string>>();
             f.screened = true;
         }});
    const std::pair<const char*, std::string F::*> soap[] = {
        {"subjective", &F::subjective}, {"objective", &F::objective}, {"assessment", &F::assessment}, {"plan", &F::plan}};
    for (const auto& [name, member] : soap) {
        const std::string n = name;
        o.soap.push_back({n, member, cmd->add_option("--" + n)->description("SOAP " + n + " text"),
                          cmd->add_option("--" + n + "-file")->description("Read the " + n + " text from a file ('-': stdin)")});
    }
    return o;
}

std::int64_t id_of(const CLI::Option* o, const char* field)
{
    return parse_id(field, value_of(o));
}
} // namespace

void add_note_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* group = app.add_subcommand("note", "Session notes: drafts, signing, addenda");
    group->require_subcommand(1);

    auto* add = group->add_subcommand("add", "Write a draft session note; prints its id");
    auto* patient = add->add_option("PATIENT_ID")->description("Patient id")->required();
    const auto add_options = note_options(add);
    add->callback([&, patient, add_options] {
        run = [&, patient, add_options] {
            NoteForm form;
            add_options.apply(form);
            const auto n = SessionNotes(ctx.clinic(), ctx.acting_clinician()).add_draft(id_of(patient, "PATIENT_ID"), form);
            ctx.print(to_json(n), std::to_string(n.id));
        };
    });

    auto* edit = group->add_subcommand("edit", "Change a draft note (only the options given)");
    auto* edit_id = edit->add_option("NOTE_ID")->description("Note id")->required();
    const auto edit_options = note_options(edit);
    edit->callback([&, edit_id, edit_options] {
        run = [&, edit_id, edit_options] {
            const auto id = id_of(edit_id, "NOTE_ID");
            SessionNotes notes(ctx.clinic(), ctx.acting_clinician());
            const auto current = notes.get(id).note;
            require_draft(current, "edit");
            auto form = NoteForm::from(current);
            edit_options.apply(form);
            const auto n = notes.edit_draft(id, form, current.version);
            ctx.print(to_json(n), fmt::format("Draft note {} saved.", n.id));
        };
    });

    auto* sign = group->add_subcommand("sign", "Sign a draft note; it can never be edited afterwards");
    auto* sign_id = sign->add_option("NOTE_ID")->description("Note id")->required();
    sign->callback([&, sign_id] {
        run = [&, sign_id] {
            const auto s = SessionNotes(ctx.clinic(), ctx.acting_clinician()).sign(id_of(sign_id, "NOTE_ID"));
            auto j = to_json(s.note);
            j["flags_raised"] = to_json(s.flags_raised);
            ctx.print(j, fmt::format("Note {} signed at {}.\n{}", s.note.id, s.note.signed_at,
                                     raised_flags_text(s.flags_raised)));
        };
    });

    auto* addendum = group->add_subcommand("addendum", "Add a dated addendum to a signed note; prints its id");
    auto* addendum_id = addendum->add_option("NOTE_ID")->description("Note id")->required();
    auto* text = addendum->add_option("--text")->description("The addendum");
    addendum->callback([&, addendum_id, text] {
        run = [&, addendum_id, text] {
            const auto a = SessionNotes(ctx.clinic(), ctx.acting_clinician())
                               .add_addendum(id_of(addendum_id, "NOTE_ID"), AddendumForm{value_of(text)});
            ctx.print(to_json(a), std::to_string(a.id));
        };
    });

    auto* list = group->add_subcommand("list", "A patient's session notes");
    auto* list_patient = list->add_option("PATIENT_ID")->description("Patient id")->required();
    list->callback([&, list_patient] {
        run = [&, list_patient] {
            const auto notes =
                SessionNotes(ctx.clinic(), Actor::nobody()).for_patient(id_of(list_patient, "PATIENT_ID"));
            auto j = nlohmann::json::array();
            for (const auto& n : notes)
                j.push_back(to_json(n));
            ctx.print(j, note_list_text(notes));
        };
    });

    auto* show = group->add_subcommand("show", "Show a session note with its addenda");
    auto* show_id = show->add_option("NOTE_ID")->description("Note id")->required();
    show->callback([&, show_id] {
        run = [&, show_id] {
            auto& clinic = ctx.clinic();
            const auto n = SessionNotes(clinic, Actor::nobody()).get(id_of(show_id, "NOTE_ID"));
            auto j = to_json(n.note);
            j["addenda"] = nlohmann::json::array();
            for (const auto& a : n.addenda)
                j["addenda"].push_back(to_json(a));
            ctx.print(j, note_text(n.note, n.addenda, ClinicianDirectory(clinic).list()));
        };
    });
}

} // namespace fc::cli
