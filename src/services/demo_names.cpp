#include "services/demo_names.h"

namespace fc::demo {

const std::vector<NamePool>& name_pools()
{
    static const std::vector<NamePool> pools = {
        {{"Thornbury", "Ashdown", "Fenwick", "Hollins", "Marlowe", "Pennington", "Radley", "Whitcombe", "Ellery",
          "Brackenridge"},
         {"Imogen", "Harriet", "Rosalind", "Clemency", "Philippa", "Beatrix", "Maud", "Verity"},
         {"Rupert", "Jasper", "Ambrose", "Barnaby", "Cedric", "Felix"}},
        {{"O'Brien", "Ní Bhriain", "Mac Giolla", "Ó Súilleabháin", "Kavanagh", "Ó Dálaigh"},
         {"Siobhán", "Aoife", "Niamh", "Saoirse", "Gráinne"},
         {"Tadhg", "Cathal", "Ruairí", "Oisín"}},
        {{"Ødegaard", "Åberg", "Sæther", "Løvland", "Björklund", "Østby"},
         {"Ingrid", "Solveig", "Åsa", "Sigrún", "Liv"},
         {"Håkon", "Sindre", "Øystein", "Torbjørn"}},
        {{"Łukasiewicz-Żółw", "Wróblewska", "Kęstowicz", "Szczęsna", "Zaleśna"},
         {"Małgorzata", "Zofia", "Jadwiga", "Bożena"},
         {"Paweł", "Wojciech", "Łukasz"}},
        {{"Núñez", "Ibáñez", "Peña Ortúzar", "Gallardo", "Echeverría"},
         {"María José", "Inés", "Begoña", "Lucía"},
         {"Íñigo", "Joaquín", "Andrés"}},
        {{"Müller-Lüdenscheidt", "Großkopf", "Schäfer", "Böttcher", "Weiß"},
         {"Jördis", "Käthe", "Anneliese", "Ursula"},
         {"Jürgen", "Günther", "Björn"}},
        {{"Παπαδοπούλου", "Κωνσταντίνου", "Αλεξίου", "Δημητρίου", "Νικολάου"},
         {"Ελένη", "Κατερίνα", "Σοφία", "Δέσποινα"},
         {"Γιώργος", "Νίκος", "Σπύρος"}},
        {{"Иванова", "Смирнова", "Кузнецова", "Соколова", "Лебедева"},
         {"Анастасия", "Татьяна", "Дарья", "Людмила"},
         {"Дмитрий", "Алексей", "Сергей"}},
        {{"Yılmaz", "Çelik", "Öztürk", "Doğan", "Şahin"},
         {"Ayşe", "Gülşen", "Şükran", "Elif"},
         {"Mehmet", "Oğuz", "İlker"}},
        {{"Nguyễn", "Trần", "Phạm", "Lê", "Võ"},
         {"Thị Hương", "Ngọc Ánh", "Thu Trang"},
         {"Văn Đức", "Minh Khôi"}},
        {{"Okonkwo", "Adeyemi", "Mensah", "Nwachukwu", "Boateng"},
         {"Chiamaka", "Adaeze", "Efua", "Ngozi"},
         {"Chukwuemeka", "Kwabena", "Oluwaseun"}},
    };
    return pools;
}

} // namespace fc::demo
