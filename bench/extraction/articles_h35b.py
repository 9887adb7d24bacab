"""Fictional article bodies for pages h35-04 to h35-06 of the held-out group "h35".

Written together with ``pages_h35b.py`` by someone other than the person tuning the
reader and without reading the reader or its output on these pages. Same shape as
``articles.py``: a paragraph starting with ``## `` is a subheading, one starting with
``- `` an item of an in-body list. Notes a standards editor keeps with the story (a
correction, an editor's note, an update note) are paragraphs; source lines, agency tags,
copyright lines and photo credits are ``credits`` (not article text). All places,
people, organisations and buildings are invented. h35_b3 is written in Cantonese
(written vernacular Cantonese in traditional characters).
"""

ARTICLES_H35B = {
    "h35_b1": dict(
        title="Fenwick council votes 5-2 to sell old Mill Street fire hall to arts co-op for $1",
        author="Dale Hoskins",
        date="2025-04-09",
        paragraphs=[
            "The Fenwick Village Council voted 5-2 on Tuesday night to sell the old Mill Street fire hall to the Kettle River Arts Cooperative for one dollar, ending almost four years of argument over what to do with the 1928 brick building.",
            "The co-op, which has about 60 members and has been renting space above the hardware store on Front Street since 2019, plans to turn the two truck bays into a gallery and workshop and to rent the upstairs meeting room to community groups.",
            "Around 45 people came to the meeting at the village hall, and the public comment period ran for almost an hour before the vote.",
            "## Conditions attached to the sale",
            "Village attorney Margaret Oduya told the council the deed will carry conditions that send the building back to the village if the co-op fails to meet them. Under the agreement approved Tuesday, the co-op must:",
            "- replace the roof and the rear wall within three years of closing",
            "- keep the ground floor open to the public at least 20 hours a week",
            "- keep the bell tower and the original Mill Street doors",
            "- carry at least $1 million in liability insurance",
            "The council estimated last year that repairing the building would cost the village at least $410,000, most of it for the roof, which has leaked into the upstairs room since a storm in 2021.",
            "## Split on the council",
            '"Nobody else has come forward in four years with a plan and the money to carry it out," said Trustee Rosalind Baptiste, who made the motion. "If we keep it, the taxpayers pay for a roof on a building we don\'t use. If we sell it, it stays open and it stays in Fenwick."',
            "Trustees Walt Hennig and Carla Suarez voted no. Hennig said the village should have put the building up for auction so that other buyers had a chance, and he questioned whether a volunteer group could raise enough money for the repairs.",
            '"I like the arts co-op, and I hope they prove me wrong," Hennig said. "But we are giving away a building that the volunteer firefighters of this village paid for with pancake breakfasts."',
            "Co-op president Jonah Whitlock said the group has $146,000 in pledges and a $90,000 state historic preservation grant application pending, and will start a public fundraising campaign next month.",
            "## What happens next",
            "The sale is expected to close by June 30. The Fenwick Volunteer Fire Department, which moved to its new station on County Road 14 in 2018, will remove the last of its stored equipment from the building in May.",
            "The co-op said it hopes to hold its first exhibition in the truck bays during Fenwick Heritage Days in August 2026.",
            "Correction: An earlier version of this post gave the wrong year for the fire department's move to County Road 14. It was 2018, not 2016.",
        ],
        credits=[],
    ),
    "h35_b2": dict(
        title="Spring survey: nitrate levels fall at 14 of our 22 sampling sites on the Tallis",
        author="Ruth Okonkwo-Barr",
        date="2025-06-12",
        paragraphs=[
            "Nitrate levels fell at 14 of the 22 sites that our volunteers sample on the River Tallis and its tributaries this spring, compared with the same weeks last year, according to the results of the Tallis Catchment Watch spring survey published today.",
            "Between 3 March and 25 May, 61 volunteers took 1,148 water samples and tested them for nitrate, phosphate, turbidity and temperature using the network's standard field kits. It was the largest spring survey since the network began in 2019.",
            "## Where things improved",
            "The biggest falls were on the Senna Brook below Hatherby, where the average nitrate reading dropped from 38 to 24 milligrams per litre, and on the upper Tallis at Coldwell Bridge, where it fell from 21 to 15.",
            '"Two years ago the Senna Brook was the worst stretch we sampled, and now it is in the middle of the table," said Dr Ifan Rusk, the network\'s volunteer science lead. "We cannot say for certain why from our data alone, but the timing fits with the buffer strips that farmers along the brook planted in 2023."',
            "Three farms on the Senna Brook took part in the Hatherby Clean Water Partnership, which paid for 4.2 kilometres of grass and hedge buffer strips along the water's edge and for new covers on two slurry stores.",
            "## Where they did not",
            "Readings rose at six sites and were unchanged at two. Volunteers also reported 19 pollution incidents to the regulator's hotline during the survey period, up from 11 last spring. Among the incidents:",
            "- grey, foul-smelling water at a storm overflow on the Millrace at Pelling on four separate days",
            "- a milky discharge from a field drain above Orton Weir in April",
            "- a fish kill of around 40 brown trout below the Tanyard industrial estate on 14 May",
            "The regulator has confirmed that it is investigating the fish kill and the storm overflow at Pelling. It told us it could not comment further while those investigations continue.",
            "## Why the data matters",
            "Official monitoring on the Tallis covers five sites, most of them sampled once a month. Our volunteers sample 22 sites every week, which means short pollution events are far more likely to be caught.",
            '"A single sample a month will miss a lot," said Rusk. "We are not a replacement for the regulator, but weekly readings from people who walk the same stretch of river every week show patterns that nobody else is recording."',
            "The full spring results, including site-by-site readings and the methods we use, will be shared with the water company, the regulator and the county council at the catchment partnership meeting on 2 July.",
            "Update, 16 June 2025: This post originally said 58 volunteers took part in the survey. The correct figure is 61, and the post has been updated.",
        ],
        credits=[],
    ),
    "h35_b3": dict(
        title="大榕街市七月起封閉翻新十八個月　57個檔口搬去北碼頭臨時街市",
        author="何詠芝",
        date="2025-05-20",
        paragraphs=[
            "鯉角灣嘅大榕街市由七月一號開始會全面封閉，進行為期十八個月嘅翻新工程。街市入面而家仲做緊生意嘅57個檔口，會搬去北碼頭停車場搭建嘅臨時街市繼續營業，預計2027年1月先可以搬返入去。",
            "區內嘅市政管理處上星期五（5月16號）喺居民大會度公布咗詳細安排。當晚有超過200個街坊到咗大榕社區會堂，會堂坐唔晒，有人要企喺門口聽。",
            "## 點解要翻新",
            "大榕街市喺1979年落成，到而家已經用咗46年。管理處話，街市嘅冷氣、去水同電線都已經好殘舊，去年夏天試過三次停電，有魚檔因為冇電開氧氣機，一晚死咗成百斤魚。",
            "翻新工程預算大約3,800萬元，會重新鋪地台同去水渠、換晒冷氣同電力系統，仲會加裝一部升降機，等坐輪椅同推嬰兒車嘅街坊可以直接上二樓熟食中心。",
            "## 臨時街市有咩安排",
            "管理處話，臨時街市會喺六月尾搭好，檔主唔使俾額外租金，而家嘅租約會自動延長十八個月。主要安排包括：",
            "- 臨時街市每日朝早六點開到晚上八點，同而家一樣",
            "- 每個檔口面積大約係原本嘅八成，魚檔同肉檔會有獨立去水同冷房",
            "- 大榕街市門口會有免費接駁小巴，每十五分鐘一班，行到北碼頭大約八分鐘",
            "- 熟食中心嘅六間大排檔唔會搬，工程期間停業，每檔會有一筆過補償",
            "## 檔主同街坊點睇",
            "喺大榕街市賣咗三十年菜嘅黎玉蓮話，佢支持翻新，但係擔心啲熟客唔會行咁遠。「我啲客好多都係七八十歲嘅老人家，佢哋平時落樓行兩條街就買到餸，而家要坐車去碼頭，落雨點算？」",
            "鯉角灣街坊互助社早前做咗一個問卷調查，喺四月收到412份回覆。六成半受訪街坊表示會繼續去臨時街市買餸，但有兩成話會改去超級市場，另外有唔少人要求接駁小巴延長服務到夜晚。",
            "互助社召集人區志明話，社方會繼續同管理處跟進，爭取喺大榕邨巴士總站加設一個接駁小巴站，同埋喺工程期間每個月開一次街坊會，等大家可以即時反映問題。「街市唔單止係買餸嘅地方，係成個社區見面傾偈嘅地方。我哋希望翻新之後，呢種感覺仲喺度。」",
            "更新（5月22日）：管理處今日確認，接駁小巴會喺大榕邨巴士總站加設一個站，頭班車朝早六點正開出。",
        ],
        credits=[],
    ),
}
