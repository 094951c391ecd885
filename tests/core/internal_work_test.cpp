#include "core/internal_work.h"
#include "core/plan_component.h"

#include <gtest/gtest.h>

namespace {
const fc::Date today(2026, 11, 25);

fc::Precaution precaution(std::int64_t id, fc::PrecautionKind kind, fc::Date noted,
                          std::optional<fc::Date> cleared = std::nullopt)
{
    fc::Precaution p;
    p.id = id;
    p.kind = kind;
    p.noted_on = noted;
    p.cleared_on = cleared;
    return p;
}

const std::vector<fc::Precaution> precautions = {
    precaution(1, fc::PrecautionKind::Fissure, fc::Date(2026, 10, 1)),
    precaution(2, fc::PrecautionKind::Surgery, fc::Date(2026, 9, 1), fc::Date(2026, 11, 1)),
    precaution(3, fc::PrecautionKind::Bleeding, fc::Date(2026, 12, 1)),
};
} // namespace

TEST(InternalWork, OnlyTheDilatorProgrammeCountsAsInternalWork)
{
    EXPECT_TRUE(fc::is_internal_work(fc::ComponentKind::Dilator));
    for (const auto k : fc::all_component_kinds) {
        if (k != fc::ComponentKind::Dilator) {
            EXPECT_FALSE(fc::is_internal_work(k)) << fc::to_string(k);
        }
    }
    EXPECT_TRUE(fc::blocking_precautions(fc::ComponentKind::Pfmt, precautions, today).empty());
}

TEST(InternalWork, OpenUnclearedPrecautionsOnTheDateBlockDilatorWork)
{
    const auto blocking = fc::blocking_precautions(fc::ComponentKind::Dilator, precautions, today);
    ASSERT_EQ(blocking.size(), 1u); // surgery was cleared, bleeding is noted later
    EXPECT_EQ(blocking[0].id, 1);
    const auto in_october = fc::blocking_precautions(fc::ComponentKind::Dilator, precautions, fc::Date(2026, 10, 15));
    EXPECT_EQ(in_october.size(), 2u); // the surgery was not yet cleared then
    EXPECT_TRUE(fc::blocking_precautions(fc::ComponentKind::Dilator, precautions, fc::Date(2026, 8, 31)).empty());
}

TEST(InternalWork, StartingNeedsAnOverrideWithAReasonForEveryBlockingPrecaution)
{
    const auto errors = fc::check_internal_work(fc::ComponentKind::Dilator, precautions, today, std::nullopt);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].field, "override-reason");
    EXPECT_EQ(errors[0].rule, "precaution-open");
    EXPECT_EQ(errors[0].message, "is required: History of anal fissure (noted 2026-10-01) is open and not cleared by a "
                                 "medical practitioner, so the dilator programme may start only with an override and "
                                 "its reason");

    const auto blocking = fc::blocking_precautions(fc::ComponentKind::Dilator, precautions, today);
    const auto o =
        fc::precaution_override_from_form({"Cleared verbally by Dr Quill, letter to follow"}, blocking, 7, today);
    EXPECT_EQ(o.clinician_id, 7);
    EXPECT_EQ(o.on, today);
    EXPECT_EQ(o.precaution_ids, std::vector<std::int64_t>{1});
    EXPECT_TRUE(fc::check_internal_work(fc::ComponentKind::Dilator, precautions, today, o).empty());

    // An override given for other precautions does not cover a newly open one.
    auto later = precautions;
    later.push_back(precaution(4, fc::PrecautionKind::Haemorrhoids, fc::Date(2026, 11, 20)));
    EXPECT_EQ(fc::check_internal_work(fc::ComponentKind::Dilator, later, today, o).size(), 1u);
}

TEST(InternalWork, OverrideReasonIsRequired)
{
    try {
        fc::precaution_override_from_form({"   "}, precautions, 7, today);
        FAIL() << "expected InvalidInput";
    } catch (const fc::InvalidInput& e) {
        ASSERT_EQ(e.errors().size(), 1u);
        EXPECT_EQ(e.errors()[0].field, "override-reason");
        EXPECT_EQ(e.errors()[0].rule, "required");
    }
}

TEST(InternalWork, NonInternalKindsNeedNoOverride)
{
    EXPECT_TRUE(fc::check_internal_work(fc::ComponentKind::Breathing, precautions, today, std::nullopt).empty());
    EXPECT_TRUE(fc::check_internal_work(fc::ComponentKind::Dilator, {}, today, std::nullopt).empty());
}
