#include "cli/commands.h"

#include "cli/json_output.h"
#include "cli/patient_text.h"
#include "cli/terminal_text.h"
#include "services/clinician_directory.h"
#include "services/patient_records.h"

#include <fmt/format.h>

#include <utility>

namespace fc::cli {

namespace {

// An option whose value, when given, is copied into a form field.
struct FieldOption {
    CLI::Option* option;
    std::string PatientForm::*field;
};

std::vector<FieldOption> add_patient_form_options(CLI::App* cmd)
{
    const std::pair<const char*, std::string PatientForm::*> fields[] = {
        {"--family", &PatientForm::family},
        {"--given", &PatientForm::given},
        {"--preferred", &PatientForm::preferred},
        {"--dob", &PatientForm::dob},
        {"--mrn", &PatientForm::mrn},
        {"--sex", &PatientForm::sex},
        {"--pronouns", &PatientForm::pronouns},
        {"--phone", &PatientForm::phone},
        {"--email", &PatientForm::email},
        {"--address", &PatientForm::address},
        {"--referrer", &PatientForm::referrer},
        {"--referrer-practice", &PatientForm::referrer_practice},
        {"--gp", &PatientForm::gp},
        {"--notes", &PatientForm::notes},
    };
    std::vector<FieldOption> out;
    for (const auto& [name, field] : fields)
        out.push_back({cmd->add_option(name), field});
    return out;
}

void apply(const std::vector<FieldOption>& options, PatientForm& form)
{
    for (const auto& o : options)
        if (o.option->count())
            form.*o.field = o.option->as<std::string>();
}

std::string value_of(CLI::Option* o)
{
    return o->count() ? o->as<std::string>() : std::string();
}

CLI::Option* add_id(CLI::App* cmd, const char* name, const char* what)
{
    return cmd->add_option(name)->description(what)->required(); // a missing id is a usage error (exit 2)
}

} // namespace

void add_patient_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* group = app.add_subcommand("patient", "Patients' records");
    group->require_subcommand(1);

    auto* add = group->add_subcommand("add", "Add a patient; prints the new id");
    auto add_fields = add_patient_form_options(add);
    add->callback([&, add_fields] {
        run = [&, add_fields] {
            PatientForm form;
            apply(add_fields, form);
            auto& clinic = ctx.clinic();
            const auto p = PatientRecords(clinic, ctx.acting_clinician()).add(form);
            ctx.print(to_json(p, clinic.today()), std::to_string(p.id));
        };
    });

    auto* list = group->add_subcommand("list", "List patients, optionally matching a search");
    auto* search = list->add_option("--search")->description("Words that must occur in the name, MRN or date of birth");
    auto* archived = list->add_flag("--archived")->description("Include archived patients");
    list->callback([&, search, archived] {
        run = [&, search, archived] {
            auto& clinic = ctx.clinic();
            const auto found = PatientRecords(clinic, Actor::nobody())
                                   .search(PatientQuery{.text = value_of(search),
                                                        .include_archived = archived->count() > 0});
            if (ctx.json) {
                auto j = nlohmann::json::array();
                for (const auto& e : found)
                    j.push_back(to_json(e, clinic.today()));
                ctx.print(j, {});
            } else {
                ctx.print({}, patient_list_text(found, clinic.today()));
            }
        };
    });

    auto* show = group->add_subcommand("show", "Show a patient's whole record (recorded in the audit trail)");
    auto* show_id = add_id(show, "ID", "Patient id");
    show->callback([&, show_id] {
        run = [&, show_id] {
            const auto id = parse_id("ID", value_of(show_id));
            auto& clinic = ctx.clinic();
            const auto record = PatientRecords(clinic, ctx.known_clinician()).open(id);
            ctx.print(to_json(record, clinic.today()),
                      patient_record_text(record, clinic.today(), ClinicianDirectory(clinic).list()));
        };
    });

    auto* edit = group->add_subcommand("edit", "Change a patient's details (only the options given)");
    auto* edit_id = add_id(edit, "ID", "Patient id");
    auto* expect = edit->add_option("--expect-version")->description("Refuse the edit unless the record is still at this version");
    auto edit_fields = add_patient_form_options(edit);
    edit->callback([&, edit_id, expect, edit_fields] {
        run = [&, edit_id, expect, edit_fields] {
            const auto id = parse_id("ID", value_of(edit_id));
            auto& clinic = ctx.clinic();
            PatientRecords records(clinic, ctx.acting_clinician());
            const auto current = records.get(id);
            auto form = PatientForm::from(current);
            apply(edit_fields, form);
            const auto version = expect->count() ? parse_id("expect-version", value_of(expect)) : current.version;
            const auto p = records.edit(id, form, version);
            ctx.print(to_json(p, clinic.today()), fmt::format("Patient {} saved (version {}).", p.id, p.version));
        };
    });

    for (const bool archive : {true, false}) {
        auto* cmd = group->add_subcommand(archive ? "archive" : "unarchive",
                                          archive ? "Archive a patient (records are never deleted)"
                                                  : "Bring an archived patient back to the list");
        auto* id_opt = add_id(cmd, "ID", "Patient id");
        cmd->callback([&, id_opt, archive] {
            run = [&, id_opt, archive] {
                const auto id = parse_id("ID", value_of(id_opt));
                auto& clinic = ctx.clinic();
                const auto p = PatientRecords(clinic, ctx.acting_clinician()).set_archived(id, archive);
                ctx.print(to_json(p, clinic.today()),
                          fmt::format("Patient {} is {}.", p.id, p.archived ? "archived" : "active"));
            };
        });
    }

    auto* history = group->add_subcommand("history", "Show the audit trail of a patient's record");
    auto* history_id = add_id(history, "ID", "Patient id");
    history->callback([&, history_id] {
        run = [&, history_id] {
            const auto id = parse_id("ID", value_of(history_id));
            auto& clinic = ctx.clinic();
            const auto entries = PatientRecords(clinic, Actor::nobody()).history(id);
            auto j = nlohmann::json::array();
            for (const auto& e : entries)
                j.push_back(to_json(e));
            ctx.print(j, audit_text(entries, ClinicianDirectory(clinic).list()));
        };
    });

    // patient precaution add|clear
    auto* precaution = group->add_subcommand("precaution", "Precautions that need clearance before internal work");
    precaution->require_subcommand(1);
    auto* padd = precaution->add_subcommand("add", "Record a precaution; prints its id");
    auto* padd_id = add_id(padd, "ID", "Patient id");
    auto* kind = padd->add_option("--kind")->description("fissure|bleeding|surgery|ibd|haemorrhoids|other");
    auto* detail = padd->add_option("--detail")->description("Detail");
    auto* pdate = padd->add_option("--date")->description("Date noted (YYYY-MM-DD, default today)");
    padd->callback([&, padd_id, kind, detail, pdate] {
        run = [&, padd_id, kind, detail, pdate] {
            const auto id = parse_id("ID", value_of(padd_id));
            auto& clinic = ctx.clinic();
            const auto p = PatientRecords(clinic, ctx.acting_clinician())
                               .add_precaution(id, PrecautionForm{value_of(kind), value_of(detail), value_of(pdate)});
            ctx.print(to_json(p, clinic.today()), std::to_string(p.id));
        };
    });
    auto* pclear = precaution->add_subcommand("clear", "Record that a precaution was cleared");
    auto* pclear_id = add_id(pclear, "ID", "Patient id");
    auto* pclear_prec = add_id(pclear, "PREC_ID", "Precaution id");
    auto* by = pclear->add_option("--by")->description("Who cleared it, e.g. the referring doctor (default: you)");
    auto* cdate = pclear->add_option("--date")->description("Date cleared (YYYY-MM-DD, default today)");
    pclear->callback([&, pclear_id, pclear_prec, by, cdate] {
        run = [&, pclear_id, pclear_prec, by, cdate] {
            const auto id = parse_id("ID", value_of(pclear_id));
            const auto prec = parse_id("PREC_ID", value_of(pclear_prec));
            auto& clinic = ctx.clinic();
            const auto p = PatientRecords(clinic, ctx.acting_clinician())
                               .clear_precaution(id, prec, ClearanceForm{value_of(by), value_of(cdate)});
            ctx.print(to_json(p, clinic.today()), fmt::format("Precaution {} cleared on {} by {}.", p.id,
                                                              to_iso(*p.cleared_on), shown(p.cleared_by)));
        };
    });

    // patient condition add
    auto* condition = group->add_subcommand("condition", "Conditions the patient is treated for");
    condition->require_subcommand(1);
    auto* cadd = condition->add_subcommand("add", "Record a condition; prints its id");
    auto* cadd_id = add_id(cadd, "ID", "Patient id");
    auto* code = cadd->add_option("--code")->description("ICD-10 code, e.g. K60.1 (optional)");
    auto* clabel = cadd->add_option("--label")->description("What the condition is");
    auto* onset = cadd->add_option("--onset")->description("Date of onset (YYYY-MM-DD)");
    cadd->callback([&, cadd_id, code, clabel, onset] {
        run = [&, cadd_id, code, clabel, onset] {
            const auto id = parse_id("ID", value_of(cadd_id));
            const auto c = PatientRecords(ctx.clinic(), ctx.acting_clinician())
                               .add_condition(id, ConditionForm{value_of(code), value_of(clabel), value_of(onset)});
            ctx.print(to_json(c), std::to_string(c.id));
        };
    });

    // patient consent add
    auto* consent = group->add_subcommand("consent", "Consent for intimate examination");
    consent->require_subcommand(1);
    auto* kadd = consent->add_subcommand("add", "Record consent; prints its id");
    auto* kadd_id = add_id(kadd, "ID", "Patient id");
    auto* given = kadd->add_option("--given")->description("yes|no");
    auto* offered = kadd->add_option("--chaperone-offered")->description("yes|no");
    auto* present = kadd->add_option("--chaperone-present")->description("yes|no");
    auto* kdate = kadd->add_option("--date")->description("Date (YYYY-MM-DD, default today)");
    auto* knote = kadd->add_option("--note")->description("Note");
    kadd->callback([&, kadd_id, given, offered, present, kdate, knote] {
        run = [&, kadd_id, given, offered, present, kdate, knote] {
            const auto id = parse_id("ID", value_of(kadd_id));
            const auto c = PatientRecords(ctx.clinic(), ctx.acting_clinician())
                               .add_consent(id, ConsentForm{value_of(given), value_of(offered), value_of(present),
                                                            value_of(kdate), value_of(knote)});
            ctx.print(to_json(c), std::to_string(c.id));
        };
    });
}

} // namespace fc::cli
