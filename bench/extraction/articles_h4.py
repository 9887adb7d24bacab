"""Fictional article bodies for the frozen held-out group "h4" (no real article text).

Written together with ``pages_h4.py`` after the third round of rules was measured on h3
and *before* any rule was changed on h3's findings; never used to tune the reader
(docs/benchmarks-extraction.md). Same shape as ``articles.py``.
"""

ARTICLES_H4 = {
    "dutch": dict(
        title="Gemeente Veldhoven-aan-Zee sluit oude pier na storm",
        author="Sanne de Wit",
        date="2025-04-02",
        paragraphs=[
            "De gemeente Veldhoven-aan-Zee heeft de oude pier aan de noordkant van het strand voor onbepaalde tijd gesloten. Bij de storm van afgelopen weekend zijn drie houten palen losgeslagen.",
            "Volgens wethouder Mark Jansen is het te gevaarlijk om wandelaars en vissers nog toe te laten. Een ingenieursbureau onderzoekt deze week of de pier nog te redden is.",
            "De pier werd in 1931 gebouwd en is een trekpleister voor toeristen. Ondernemers op de boulevard maken zich zorgen over het komende seizoen.",
            "\u201eZonder pier komen er minder mensen naar deze kant van het strand\u201d, zegt Ilse Bakker, eigenaar van een strandpaviljoen.",
            "De gemeenteraad praat op 15 april over de kosten van herstel, die volgens een eerste schatting rond de 2 miljoen euro liggen.",
        ],
        credits=[],
    ),
    "portuguese": dict(
        title="Prefeitura de Serra Clara anuncia nova linha de ônibus para o distrito industrial",
        author="Rafael Nogueira",
        date="2025-04-07",
        paragraphs=[
            "A Prefeitura de Serra Clara anunciou nesta segunda-feira uma nova linha de ônibus que vai ligar o centro da cidade ao distrito industrial. O serviço começa a funcionar no dia 5 de maio.",
            "Os ônibus vão passar a cada 20 minutos nos horários de pico e a cada 40 minutos no restante do dia. A passagem terá o mesmo preço das demais linhas municipais.",
            "Segundo o secretário de Mobilidade, Paulo Arantes, cerca de 6 mil trabalhadores devem usar a linha todos os dias. Hoje muitos deles dependem de vans particulares.",
            "\u201cEra uma reivindicação antiga dos trabalhadores e das empresas da região\u201d, disse Arantes.",
            "O sindicato dos metalúrgicos elogiou a medida, mas pediu que a linha também funcione aos domingos, quando várias fábricas mantêm turnos.",
        ],
        credits=[],
    ),
    "factcheck": dict(
        title="Fact check: Did the Orrin bridge really cost ten times its budget?",
        author="Dana Whitcombe",
        date="2025-04-03",
        paragraphs=[
            "A post shared thousands of times this week claims that the new Orrin river bridge cost ten times what the county originally budgeted. That is not correct.",
            "The county approved a budget of 48 million for the bridge in 2019. The final cost, according to the county's audited accounts published in March, was 61 million, about 27 percent more than planned.",
            "The figure in the post appears to come from an early estimate of 6 million for design work alone, which was presented to the county board in 2017 and later mistaken for the cost of the whole project.",
            "A spokesperson for the county said the overrun was mainly caused by steel prices, which rose sharply in 2021 and 2022.",
            "## Our verdict",
            "False. The bridge went over budget by about a quarter, not tenfold.",
        ],
        credits=[],
    ),
    "markets": dict(
        title="Grain trader Halvorsen cuts outlook as harvest forecasts fall",
        author="Mei Tanaka",
        date="2025-04-09",
        paragraphs=[
            "Halvorsen Grain cut its full-year profit forecast on Wednesday, blaming poor harvest prospects in its two largest markets, and its shares fell 9 percent in early trading.",
            "The company now expects operating profit of between 310 and 340 million, down from an earlier range of 380 to 420 million. Volumes handled at its ports are likely to fall by a tenth.",
            "Chief financial officer Lars Eng told analysts that a dry spring had already damaged winter wheat in the eastern provinces and that the outlook for maize was uncertain.",
            "Analysts at Northbay Securities said the warning was larger than expected and cut their price target on the stock.",
        ],
        credits=[],
    ),
    "opinion": dict(
        title="Our libraries are not a luxury. Stop treating them like one",
        author="Amira Castellanos",
        date="2025-04-05",
        paragraphs=[
            "Every spring the same thing happens. The budget is tight, the council looks for savings, and the libraries are the first thing on the list.",
            "This year the plan is to close two of the five branches and cut opening hours at the rest. The saving is 700,000 a year, less than the city spends on consultants.",
            "I grew up in the Eastgate branch. It was where I did my homework, because our flat had no quiet corner, and where I first used a computer. Children in Eastgate today need that room as much as I did.",
            "Libraries are also where older people come for company and where job seekers print their applications. Close them and those costs do not disappear; they move to other services.",
            "The council should find its savings elsewhere.",
        ],
        credits=[],
    ),
    "obituary": dict(
        title="Ruth Amberley, ferry captain who ran the island crossing for 30 years, dies at 84",
        author="Staff reporter",
        date="2025-04-01",
        paragraphs=[
            "Ruth Amberley, who captained the ferry between Port Linnet and Skerry Island for three decades and became the first woman to hold a master's licence in the region, has died aged 84.",
            "She joined the ferry company as a deckhand in 1962 and took command of the MV Kittiwake in 1979. Islanders said she never cancelled a crossing that could safely be made.",
            "In 1987 she steered the ferry through a winter storm to bring a sick child to the mainland hospital, a trip that earned her a bravery award from the coastguard.",
            "She retired in 2009 and spent her last years on Skerry Island. She is survived by her son, Tom, and two grandchildren.",
        ],
        credits=[],
    ),
    "election": dict(
        title="Mayor Holm re-elected with narrow majority in Vesterby",
        author="Jonas Eklund",
        date="2025-04-06",
        paragraphs=[
            "Mayor Petra Holm has won a second term in Vesterby with 50.8 percent of the vote, beating challenger Karl Vinter by fewer than 300 votes.",
            "Turnout was 61 percent, the highest in a municipal election in Vesterby for twenty years. Counting ran late into the night after two polling stations reported problems with their scanners.",
            "Holm said her priority would be building the new school in the harbour district, which Vinter had promised to cancel.",
            "Vinter congratulated her but said he would ask for a recount in the northern district, where the margin was 11 votes.",
        ],
        credits=[],
    ),
    "science": dict(
        title="Study finds urban foxes now have shorter snouts than rural cousins",
        author="Felix Ong",
        date="2025-04-08",
        paragraphs=[
            "Foxes that live in cities have developed measurably shorter and wider snouts than foxes in the countryside, according to a study of 1,200 skulls held in museum collections.",
            "The researchers, from the University of Marlow, say the change may reflect a diet that relies more on scavenged food and less on hunting small animals.",
            '"It is a small difference, a few millimetres, but it is consistent across the whole sample," said lead author Dr Hanna Crewe.',
            "The study does not show whether the change is genetic or develops as young foxes grow. The team now plans to compare skulls of foxes raised in captivity.",
        ],
        credits=["Source: Journal of Urban Ecology"],
    ),
}
