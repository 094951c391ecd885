#include "core/name_folding.h"
#include "core/patient_search.h"

#include <gtest/gtest.h>

TEST(NameFolding, FoldsDiacriticsAndLettersThatDoNotDecompose)
{
    EXPECT_EQ(fc::fold_for_search("Ødegaard"), "odegaard");
    EXPECT_EQ(fc::fold_for_search("Łukasiewicz-Żółw"), "lukasiewicz-zolw");
    EXPECT_EQ(fc::fold_for_search("Núñez"), "nunez");
    EXPECT_EQ(fc::fold_for_search("Müller-Lüdenscheidt"), "muller-ludenscheidt");
}

TEST(NameFolding, TransliteratesGreekAndCyrillic)
{
    EXPECT_EQ(fc::fold_for_search("Ελένη"), "elene");
    EXPECT_EQ(fc::fold_for_search("Дмитрий"), "dmitrij");
}

TEST(NameFolding, AsciiIsLowerCasedAndKeepsPunctuation)
{
    EXPECT_EQ(fc::fold_for_search("O'Brien"), "o'brien");
    EXPECT_EQ(fc::fold_for_search("FC000012"), "fc000012");
}

TEST(PatientSearch, SearchTextHoldsFoldedNamesMrnAndDob)
{
    fc::Patient p;
    p.family_name = "Ødegaard";
    p.given_name = "Ingrid";
    p.preferred_name = "Inga";
    p.mrn = "FC000012";
    p.dob = fc::Date(1984, 2, 29);
    EXPECT_EQ(fc::patient_search_text(p), "odegaard ingrid inga fc000012 1984-02-29");
    EXPECT_EQ(fc::patient_sort_key(p), "odegaard ingrid");
}

TEST(PatientSearch, QueryWordsAreFoldedSplitAndDeduplicated)
{
    EXPECT_EQ(fc::search_words("  Ødeg  INGRID, ødeg "), (std::vector<std::string>{"odeg", "ingrid"}));
    EXPECT_TRUE(fc::search_words("   ").empty());
}
