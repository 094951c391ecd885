#include "store/clinic_file.h"
#include "store/patient_repository.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

using fc::Patient;

namespace {
Patient make(const std::string& family, const std::string& given, const std::string& mrn, fc::Date dob)
{
    Patient p;
    p.family_name = family;
    p.given_name = given;
    p.mrn = mrn;
    p.dob = dob;
    return p;
}

class PatientRepositoryTest : public ::testing::Test {
protected:
    fc::test::TempDir dir;
    fc::store::ClinicFile file{dir.file("clinic.floorchart")};
    fc::store::PatientRepository repo{file.db()};

    std::vector<std::string> found(const std::string& text, bool archived = false)
    {
        std::vector<std::string> names;
        for (const auto& e : repo.search({.text = text, .include_archived = archived}))
            names.push_back(e.family_name);
        return names;
    }

    void SetUp() override
    {
        repo.insert(make("Ødegaard", "Ingrid", "FC000001", fc::Date(1984, 2, 29)));
        repo.insert(make("Łukasiewicz-Żółw", "Zofia", "FC000002", fc::Date(1990, 7, 1)));
        repo.insert(make("Παπαδοπούλου", "Ελένη", "FC000003", fc::Date(1975, 3, 3)));
        repo.insert(make("O'Brien", "Siobhán", "XK-77", fc::Date(1990, 7, 2)));
    }
};
} // namespace

TEST_F(PatientRepositoryTest, SearchIsDiacriticInsensitiveAndPartial)
{
    EXPECT_EQ(found("odegaard"), std::vector<std::string>{"Ødegaard"});
    EXPECT_EQ(found("deg"), std::vector<std::string>{"Ødegaard"});
    EXPECT_EQ(found("ØDEG"), std::vector<std::string>{"Ødegaard"});
    EXPECT_EQ(found("zolw"), std::vector<std::string>{"Łukasiewicz-Żółw"});
    EXPECT_EQ(found("elene"), std::vector<std::string>{"Παπαδοπούλου"});
    EXPECT_EQ(found("Ελένη"), std::vector<std::string>{"Παπαδοπούλου"});
}

TEST_F(PatientRepositoryTest, SearchMatchesMrnDobAndEveryWord)
{
    EXPECT_EQ(found("xk-77"), std::vector<std::string>{"O'Brien"});
    EXPECT_EQ(found("1984-02-29"), std::vector<std::string>{"Ødegaard"});
    EXPECT_EQ(found("1990-07"), (std::vector<std::string>{"Łukasiewicz-Żółw", "O'Brien"}));
    EXPECT_EQ(found("1990-07 siob"), std::vector<std::string>{"O'Brien"});
    EXPECT_EQ(found("o'b"), std::vector<std::string>{"O'Brien"});
    EXPECT_TRUE(found("zz").empty());
    EXPECT_TRUE(found("\"; DROP TABLE patients; --").empty());
    EXPECT_EQ(found("").size(), 4u);
}

TEST_F(PatientRepositoryTest, ListIsOrderedByFoldedName)
{
    EXPECT_EQ(found(""), (std::vector<std::string>{"Łukasiewicz-Żółw", "O'Brien", "Ødegaard", "Παπαδοπούλου"}));
}

TEST_F(PatientRepositoryTest, ArchivedPatientsAreHiddenUnlessAsked)
{
    const auto id = repo.search({.text = "odegaard"}).front().id;
    EXPECT_TRUE(repo.set_archived(id, true, 1));
    EXPECT_TRUE(found("odegaard").empty());
    EXPECT_EQ(found("odegaard", true), std::vector<std::string>{"Ødegaard"});
    EXPECT_TRUE(repo.search({.text = "odegaard", .include_archived = true}).front().archived);
}

TEST_F(PatientRepositoryTest, UpdateRefusesAStaleVersionAndReindexes)
{
    auto p = *repo.find(1);
    ASSERT_EQ(p.version, 1);
    p.family_name = "Ødegård";
    EXPECT_TRUE(repo.update(p));
    EXPECT_FALSE(repo.update(p)); // still version 1: stale
    EXPECT_EQ(repo.find(1)->version, 2);
    EXPECT_EQ(found("odegard"), std::vector<std::string>{"Ødegård"});
    EXPECT_TRUE(found("odegaard").empty());
}

TEST_F(PatientRepositoryTest, MrnIsUniqueIgnoringCase)
{
    EXPECT_TRUE(repo.mrn_taken("fc000001"));
    EXPECT_FALSE(repo.mrn_taken("FC000001", 1));
    EXPECT_THROW(repo.insert(make("Dup", "Licate", "fc000001", fc::Date(1980, 1, 1))), SQLite::Exception);
}

TEST_F(PatientRepositoryTest, PatientsCannotBeDeleted)
{
    EXPECT_THROW(file.db().exec("DELETE FROM patients WHERE id = 1"), SQLite::Exception);
    EXPECT_EQ(repo.count(true), 4);
}

TEST_F(PatientRepositoryTest, LimitCapsTheRows)
{
    EXPECT_EQ(repo.search({.limit = 2}).size(), 2u);
}

TEST_F(PatientRepositoryTest, OneOrTwoLettersFindEveryNameHoldingThemInListOrder)
{
    EXPECT_EQ(found("ie"), (std::vector<std::string>{"Łukasiewicz-Żółw", "O'Brien"}));
    EXPECT_EQ(found("o"), (std::vector<std::string>{"Łukasiewicz-Żółw", "O'Brien", "Ødegaard", "Παπαδοπούλου"}));
    EXPECT_EQ(found("7"), (std::vector<std::string>{"Łukasiewicz-Żółw", "O'Brien", "Παπαδοπούλου"})) << "dates and MRNs too";
    EXPECT_EQ(found("ie ob"), std::vector<std::string>{"O'Brien"}) << "every word must occur";
    EXPECT_TRUE(found("zq").empty());
    EXPECT_EQ(repo.search({.text = "o", .limit = 2}).size(), 2u);
}

TEST_F(PatientRepositoryTest, TwoLettersOutsideAsciiAreFound)
{
    // Two Greek letters are four bytes: taken for a word of three or more, they went to the
    // trigram index, which matches nothing shorter than three letters.
    EXPECT_EQ(found("πα"), std::vector<std::string>{"Παπαδοπούλου"});
    EXPECT_EQ(found("ΛΕ"), std::vector<std::string>{"Παπαδοπούλου"});
}

TEST_F(PatientRepositoryTest, ShortWordsFollowRenamesAndArchiving)
{
    auto p = *repo.find(1);
    EXPECT_EQ(found("aa"), std::vector<std::string>{"Ødegaard"});
    p.family_name = "Ødegård";
    ASSERT_TRUE(repo.update(p));
    EXPECT_TRUE(found("aa").empty()) << "the old name's pairs are gone";
    EXPECT_EQ(found("ar"), std::vector<std::string>{"Ødegård"});
    ASSERT_TRUE(repo.set_archived(1, true, 2));
    EXPECT_TRUE(found("ar").empty());
    EXPECT_EQ(found("ar", true), std::vector<std::string>{"Ødegård"});
}

TEST_F(PatientRepositoryTest, TheLastPairOfAVeryLongNameIsFound)
{
    std::string longest;
    for (int i = 0; i < 99; ++i)
        longest += "ß"; // folds to "ss": the search text is longer than the name
    repo.insert(make(longest + "q", longest + "x", "FC-LONG", fc::Date(1970, 1, 1)));
    EXPECT_EQ(found("sq").size(), 1u);
    EXPECT_EQ(found("sx").size(), 1u);
}
