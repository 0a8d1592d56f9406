-- Banyaknya temuan konsistensi (view konsistensi_temuan), seluruhnya dan yang bertingkat galat. Satu baris.
select
    count(*) as jumlah,
    count(*) filter (where tingkat = 'galat') as jumlah_galat
from konsistensi_temuan;
