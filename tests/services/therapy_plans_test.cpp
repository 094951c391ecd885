#include "clinic_fixture.h"

#include "services/therapy_plans.h"

using namespace fc;

namespace {
class TherapyPlansTest : public test::ClinicTest {
protected:
    Actor harriet = add_clinician("Harriet Ashdown");
    PatientRecords records{clinic, harriet};
    TherapyPlans plans{clinic, harriet};
    std::int64_t patient = records.add(form("Ødegaard", "Ingrid", "1984-02-29")).id;

    static ComponentForm dilator(std::string start = "", std::string target = "")
    {
        ComponentForm f;
        f.kind = "dilator";
        f.start_mm = std::move(start);
        f.target_mm = std::move(target);
        return f;
    }
};
} // namespace

TEST_F(TherapyPlansTest, TheDefaultDilatorSetIsSeeded)
{
    const auto catalogue = plans.catalogue();
    const auto* set = catalogue.default_set();
    ASSERT_NE(set, nullptr);
    EXPECT_EQ(set->name, "Standard 8");
    EXPECT_EQ(set->sizes_mm, (std::vector<int>{10, 13, 16, 19, 22, 25, 28, 32}));
}

TEST_F(TherapyPlansTest, AddCreatesVersionOneEffectiveOnTheStart)
{
    const auto e = plans.add(patient, PlanForm{.title = "Chronic fissure", .start = "2026-11-20"});
    ASSERT_EQ(e.plan_versions.size(), 1u);
    EXPECT_EQ(e.plan_versions[0].number, 1);
    EXPECT_EQ(e.plan_versions[0].effective_on, Date(2026, 11, 20));
    EXPECT_EQ(plans.get(e.id).plan_versions[0].plan.title, "Chronic fissure");
    EXPECT_THROW(plans.add(999, PlanForm{.title = "x"}), NotFound);
    EXPECT_THROW(plans.add(patient, PlanForm{.title = "x", .start = "2026-11-20", .review = "2026-11-19"}),
                 InvalidInput);
}

TEST_F(TherapyPlansTest, ComponentsAddVersionsAndHistoryIsKept)
{
    const auto e = plans.add(patient, PlanForm{.title = "Fissure", .start = "2026-11-01"});
    auto added = plans.add_component(e.id, dilator("10", "19"), {});
    EXPECT_TRUE(added.warnings.empty());
    ComponentForm pfmt;
    pfmt.kind = "pfmt";
    pfmt.relaxation = true;
    added = plans.add_component(e.id, pfmt, {});
    const auto stored = plans.get(e.id);
    ASSERT_EQ(stored.plan_versions.size(), 3u);
    EXPECT_TRUE(stored.plan_versions[0].plan.components.empty());
    EXPECT_EQ(stored.plan_versions[1].plan.components.size(), 1u);
    EXPECT_EQ(stored.plan_versions[2].plan.components.size(), 2u);
    EXPECT_EQ(stored.plan_versions[2].effective_on, test::pinned_today);
    // What the plan said on its start date is still there.
    EXPECT_TRUE(plan_on(stored.plan_versions, Date(2026, 11, 1))->plan.components.empty());
    EXPECT_EQ(plans.active_plan(patient)->number, 3);
}

TEST_F(TherapyPlansTest, DilatorWorkWithAnOpenPrecautionNeedsARecordedOverride)
{
    const auto prec = records.add_precaution(patient, {"fissure", "", "2026-11-01"});
    const auto e = plans.add(patient, PlanForm{.title = "Fissure"});
    try {
        plans.add_component(e.id, dilator(), {});
        FAIL() << "expected a conflict";
    } catch (const Conflict& c) {
        EXPECT_NE(std::string(c.what()).find("History of anal fissure"), std::string::npos) << c.what();
    }
    EXPECT_EQ(plans.get(e.id).plan_versions.size(), 1u); // nothing changed

    ComponentForm pfmt;
    pfmt.kind = "pfmt";
    EXPECT_NO_THROW(plans.add_component(e.id, pfmt, {})); // not internal work

    const auto added = plans.add_component(e.id, dilator(), OverrideForm{"Surgeon cleared verbally, letter to follow"});
    const auto& c = added.plan.plan_versions.back().plan.components.back();
    ASSERT_TRUE(c.precaution_override.has_value());
    EXPECT_EQ(c.precaution_override->clinician_id, *harriet.clinician_id);
    EXPECT_EQ(c.precaution_override->precaution_ids, std::vector<std::int64_t>{prec.id});
}

TEST_F(TherapyPlansTest, ClearedPrecautionNoLongerBlocks)
{
    const auto prec = records.add_precaution(patient, {"surgery", "", "2026-11-01"});
    records.clear_precaution(patient, prec.id, {"Dr Ada Quill", "2026-11-24"});
    const auto e = plans.add(patient, PlanForm{.title = "Post-surgery"});
    EXPECT_NO_THROW(plans.add_component(e.id, dilator(), {}));
}

TEST_F(TherapyPlansTest, ReviseKeepsComponentsAndRecordsAVersion)
{
    const auto e = plans.add(patient, PlanForm{.title = "Fissure"});
    plans.add_component(e.id, dilator(), {});
    const auto revised = plans.revise(e.id, PlanForm{.title = "Fissure, stopped", .status = "stopped",
                                                     .stop_reason = "Healed"});
    const auto& latest = revised.plan_versions.back();
    EXPECT_EQ(latest.plan.status, PlanStatus::Stopped);
    EXPECT_EQ(latest.plan.components.size(), 1u);
    EXPECT_FALSE(plans.active_plan(patient).has_value());
}

TEST_F(TherapyPlansTest, DilatorSizesMustBelongToTheSet)
{
    const auto e = plans.add(patient, PlanForm{.title = "Fissure"});
    EXPECT_THROW(plans.add_component(e.id, dilator("11", "19"), {}), InvalidInput);
    EXPECT_EQ(plans.get(e.id).plan_versions.size(), 1u);
}
