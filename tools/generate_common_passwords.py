"""Regenerates common_passwords.txt (a build-time tool; the app only reads the text file).

Run: python tools/generate_common_passwords.py

The word lists are hand-collected from well-known leaked-password top lists (RockYou, yearly
"worst passwords" rankings, French/Spanish/German/Italian/Portuguese equivalents). Patterns
(keyboard walks, digit sequences, word + year) are expanded here so the runtime stays a plain
set lookup.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "akonet_desktop" / "rules" / "data" / "common_passwords.txt"
MIN_LENGTH = 4  # shorter entries would flag too many passwords through the "core" matching

ENGLISH = """
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael
654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer
zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie
robert thomas hockey ranger daniel starwars klaster 112233 george computer michelle jessica pepper
1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua
cheese amanda summer love ashley nicole chelsea biteme matthew access yankees 987654321 dallas
austin thunder taylor matrix welcome admin administrator root login passw0rd changeme default guest
user test test123 secret hello hello123 whatever qwerty123 lovely flower rainbow butterfly cookie
chocolate angel babygirl baby lovers friends family forever jesus christ blessed heaven welcome1
iloveu iloveyou1 loveme lovelove mylove sweetheart sweetie honey darling beautiful pretty cutie
princess1 angel1 prince king queen hannah jasmine diamond samantha justin tiger lovely1 purple
orange yellow green silver golden gold money dollar dollars cash rich million millionaire lucky
winner champion soccer1 football1 baseball1 basketball hockey1 golf golfer tennis player gamer
gaming xbox playstation nintendo pokemon pikachu mario zelda minecraft fortnite roblox warcraft
starcraft diablo counter halo naruto goku dragonball sasuke anime batman1 spiderman ironman hulk
thor avengers marvel superman1 wolverine joker matrix1 neo startrek jedi yoda vader skywalker
hobbit gandalf frodo potter harrypotter hogwarts voldemort merlin arthur excalibur phoenix falcon
eagle eagles hawk raven wolf wolves bear bears lion lions tiger tigers panther panthers jaguar
cougar cobra viper python snake scorpion spider monkey1 donkey horse horses pony unicorn dolphin
shark whale turtle rabbit bunny kitty kitten pussycat puppy doggy doggie snoopy garfield scooby
mickey minnie donald goofy pluto simba nemo dory elmo barney bambi tweety bugsbunny popeye
computer1 internet network server system security secure password1 password123 pass123 pass1234
passwort letmein1 access14 trustme believe faith hope peace freedom1 liberty america usa canada
london england britain scotland ireland dublin texas florida california newyork chicago boston
miami vegas hollywood brooklyn jersey yankee redsox cowboys steelers packers patriots raiders
broncos lakers celtics bulls knicks arsenal liverpool chelsea1 manchester manutd united everton
tottenham newcastle leeds celtic rangers fender gibson guitar music rocknroll metallica nirvana
slipknot eminem tupac beatles elvis madonna beyonce rihanna britney shakira justinbieber onedirection
summer1 winter spring autumn fall sunday monday tuesday friday saturday january february march april
june july august september october november december christmas easter halloween birthday
mother father mommy daddy sister brother family1 children grandma grandpa husband wife
girlfriend boyfriend lover sexy sexylady hottie hotstuff babe bitch asshole fuckyou fuckoff shit
pussy dick cock penis boobs porn horny killer1 death hell devil demon satan lucifer angels heaven1
jesus1 jesuschrist godisgood godbless lord savior blessing church bible amen prayer grace
holy spirit trinity genesis exodus matthew1 isaiah psalms hallelujah
qwerty1 qwerty12 qwertyu asdf asdf1234 asdfasdf asdfghjk zxcv zxcvbnm1 qwer1234 qweasd qweasdzxc
1q2w3e 1q2w3e4r 1q2w3e4r5t 1qaz 1qazxsw2 zaq12wsx zaq1zaq1 !qaz2wsx qazwsxedc 123qweasd
abcd abcd1234 abcdef abcdefg abcdefgh abc12345 aaaa aaaaaaaa abcabc aabbcc
michael1 jennifer1 jordan23 hunter2 shadow1 master1 dragon1 monkey12 sunshine1 princess12
starwars1 whatever1 trustno11 superman123 batman123 pokemon1 naruto1 charlie1 thomas1 robert1
daniel1 jessica1 ashley1 amanda1 nicole1 anthony michelle1 andrea andrew1 joshua1 matthew12
william james john johnny jonathan joseph richard charles christopher chris mark paul peter
kevin brian jason eric steven stephen scott ryan brandon tyler aaron adam alex alexander alexis
austin1 benjamin blake bradley brad caleb cameron carlos chad christian cody colton connor
corey dakota dalton derek dustin dylan edward ethan evan gabriel garrett gregory hayden isaac
jack jackson jacob jake jared jeffrey jeremy jesse jimmy joel jose juan justin1 kyle landon
logan lucas luis luke marcus martin mason max mitchell nathan nicholas noah oliver owen parker
patrick phillip preston randy ricky riley samuel sean seth shane shawn spencer stanley travis
trevor victor vincent wesley wyatt zachary abigail alexandra alicia allison alyssa amber amy
andrea1 angela anna april ariana ashlee autumn bailey barbara beth betty brandy brenda brittany
brooke caitlin candy carmen carol caroline catherine chelsey cheyenne christina christine cindy
claire courtney crystal cynthia danielle deborah destiny diana donna dorothy elizabeth ellie
emily emma erica erin faith1 gabriella grace haley heather helen holly isabella jacqueline jade
jamie jane janet jenna jenny jillian julia julie kaitlyn karen kate katherine kathryn katie
kayla kelly kelsey kimberly kristen lauren laura leah lily linda lindsey lisa lori madison
margaret maria marie marissa mary megan melanie melissa mia molly morgan nancy natalie
olivia paige pamela patricia rachel rebecca robin rose ruby sabrina sally sandra sara sarah
savannah shannon sharon shelby sierra sophia stephanie susan sydney tiffany tina vanessa
veronica victoria whitney zoe
secret1 secret123 private personal confidential mypassword mypass yourpass nopassword
nothing none blank empty temp temp123 temporary qwerty12345 letmein123 welcome123 welcome2
admin123 admin1234 administrator1 root123 toor rootroot test1234 testing tester demo demo123
sample example guest123 user123 user1234 login123 support service manager office office123
company business work worker staff employee student school college university teacher
master123 passpass password12 password1234 passwords pass12345 pa55word p@ssword
access123 changeit changeme1 newpass newpassword oldpassword mypassword1 iloveyou2
iloveyou123 loveyou love123 love1234 lovely123 babygirl1 baby123 sweety sweetpea cupcake
candy1 sugar honey1 muffin cookie1 biscuit pancake waffle bacon pizza burger hotdog
chicken turkey cheese1 banana apple orange1 cherry strawberry peach lemon mango coconut
coffee tea beer whiskey vodka tequila martini wine party partytime fun happy happy123 smile
smiley lucky1 lucky7 lucky13 seven eleven twelve thirteen dragon12 monkey123 killer123
shadow123 master12 abc123456 qwe123 asd123 zxc123 qwe321 ewq321 aaa111 abc321
hello1 helloworld hellokitty hello12 goodbye goodluck goodgirl goodboy badboy badgirl bigboy
bigdaddy daddy1 mommy1 mama papa nana baby1 sexy1 sexygirl hotgirl cutegirl prettygirl
loverboy playboy player1 gangster thug hustler boss bigboss chief captain general soldier
army navy marine marines airforce military police sheriff cowboy ranger1 hunter1 fisher
fishing hunting camping outdoor mountain river ocean beach island paradise sunset sunrise
moonlight starlight stars galaxy universe planet earth world worldwide global space rocket
nasa apollo jupiter saturn mercury venus mars pluto1 cosmos cosmic
blue blue123 red red123 black white pink purple1 redrose blackcat whitecat
porsche ferrari lamborghini mercedes bmw audi toyota honda nissan mazda subaru corvette
camaro mustang1 chevy chevrolet ford dodge jeep harley1 ducati yamaha kawasaki suzuki
Jordan23 kobe24 lebron michaeljordan nike adidas puma reebok gucci prada chanel
google yahoo hotmail gmail facebook twitter instagram youtube myspace linkedin skype
apple123 iphone samsung android microsoft windows linux ubuntu oracle cisco
qwerty1234 qwerty7 asdasd asdasd123 zxczxc qweqwe qweewq 1qwerty 1password 1iloveyou
"""

FRENCH = """
motdepasse azerty azertyuiop azerty1 azerty12 azerty123 azerty1234 azer azer1234 1234azer
soleil bonjour doudou chouchou loulou nicolas julien marseille jetaime jetaime1 toto titi tata
tutu coucou chocolat princesse amour mamour moncoeur bisous camille thomas maxime alexandre kevin
anthony vincent pierre olivier sebastien stephane christophe frederic laurent philippe isabelle
nathalie sandrine celine aurelie emilie julie marine manon chloe lucas hugo louis arthur
jules leo raphael gabriel paris lyon toulouse bordeaux nantes lille france liberte bienvenue
salut merci chien chat cheval papillon fleur nounours caramel vanille framboise fraise cerise
pomme banane football olympique allezlesbleus motdepasse1 qsdfghjklm qsdfgh wxcvbn wxcvbn123
marseille13 parisien parisienne olympiquedemarseille allezlom psg1970 ligue1 lesbleus
zidane zizou mbappe griezmann platini ribery benzema henry thierry
jetaimemonamour monamour moncheri macherie mabiche bebe bebe123 doudou1 chouchou1 loulou1
bonheur sourire bisounours tendresse passion amitie amis copain copine famille maman papa
mamie papi tonton tata1 frere soeur enfant enfants jumeaux bebes cherie cheri
lapin souris oiseau poisson tortue dauphin lion1 tigre loup renard ours panda kangourou
chaton chiot minou minette mimi mimine pupuce puce titou tintin asterix obelix milou
babar barbapapa casimir pokemon1 dragonball1 naruto1 sakura
printemps ete automne hiver janvier fevrier mars avril mai juin juillet aout septembre
octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche noel paques
vacances plage soleil1 mer montagne neige ski foot basket tennis rugby velo moto voiture
ordinateur internet jeux jeuxvideo musique guitare piano danse chanson cinema
secret secret1 motdepass mdp mdp123 mdp1234 monmotdepasse passe passe123 acces accesinterdit
administrateur utilisateur invite bienvenue1 changeme azertyu azertyui azertyuio
sophie marie julie1 laura lea emma lola sarah anais oceane pauline mathilde clara juliette
lucie elise louise alice ines jade charlotte margaux justine elodie melanie audrey caroline
virginie valerie veronique sylvie martine monique francoise catherine christine patricia
jean jeanne jacques michel andre bernard claude daniel alain patrick gerard rene roger
francois guillaume romain mathieu antoine florian benjamin quentin clement adrien damien
jeremy jeremie jonathan ludovic cedric fabrice franck xavier yannick david remi
bretagne normandie provence alsace corse marseille1 toulon nice montpellier strasbourg
rennes grenoble dijon reims nancy metz brest limoges tours orleans angers amiens
fromage baguette croissant champagne bordeaux1 pastis pernod ricard calva
chocolat1 bonbon caramel1 nutella crepe gateau tarte cafe
jetaime123 jtaime tkt mdr lol ptdr kikoo kikou coucou1 salut1 bonsoir bonjour1 bonjour123
merde putain connard salope enculer nique niquetamere
soleil123 amour123 amour1 loulou123 doudou123 chouchou123 nicolas1 thomas1 camille1
marseille2 allezparis parisienne1 lamartiniere
"""

SPANISH = """
contraseña contrasena clave miclave micontraseña micontrasena teamo tequiero teamo123
tequieromucho amor amorcito amormio miamor corazon corazón princesa mariposa estrella sol luna
cielo angel angelito tesoro chocolate familia hola holahola hola123 bonita bonito hermosa guapa
guapo cariño carino mimosa barcelona realmadrid madrid sevilla valencia betis atletico boca
bocajuniors riverplate river america chivas pumas cruzazul colombia mexico argentina españa
espana peru chile santiago bogota medellin jesus dios diosesamor alejandro alejandra carlos
jose josé juan luis maria maría sofia sofía valentina daniela camila gabriela fernando
francisco javier miguel antonio manuel pedro pablo sergio david andrea laura marta lucia
lucía paula elena carmen patricia rosa isabel cristina beatriz pilar dolores mercedes gatito
perrito tigre leon león dragon dragón futbol fútbol messi ronaldo cristiano neymar maradona
iniesta xavi ramos casillas raul torres villa pique puyol barça barca visca viscabarca
halamadrid hala madridista culer atleti sevillafc betis1 valenciacf athletic bilbao
osasuna celta deportivo zaragoza malaga granada murcia alicante mallorca sporting
contraseña1 contrasena1 clave123 admin usuario usuario1 secreto secreto1 acceso
bienvenido bienvenida entrar entrada iniciar sesion
tuamor miamorcito amorchiquito amorsito amoreterno teadoro teextraño teextrano
mivida vidamia micorazon micielo mitesoro mireina mirey reina rey princesita principe
bebe bebito bebita nene nena niño niña nino nina chiquita chiquito gordo gorda gordito
gordita flaco flaca negro negra negrita morena rubia rubio linda lindo preciosa precioso
mama papa mamá papá mami papi abuela abuelo hermano hermana hijo hija tia tio primo prima
amigo amiga amigos amigas familia1 casa hogar perro gato caballo pajaro paloma conejo
osito osita pollito patito tortuga delfin ballena lobo zorro aguila halcon
primavera verano otoño otono invierno enero febrero marzo abril mayo junio julio agosto
septiembre octubre noviembre diciembre lunes martes miercoles jueves viernes sabado domingo
navidad feliz felicidad alegria esperanza libertad paz amistad fe suerte
verde azul rojo amarillo negro1 blanco morado rosado naranja
mexico1 mexicano guadalajara monterrey tijuana puebla cancun acapulco oaxaca veracruz
colombia1 cali barranquilla cartagena caracas venezuela ecuador quito guayaquil lima
peru123 bolivia paraguay uruguay montevideo buenosaires rosario cordoba mendoza
chile123 valparaiso concepcion habana cuba panama costarica guatemala honduras salvador
nicaragua dominicana puertorico
jesucristo diosmio diostebendiga bendicion virgen guadalupe santa santo cristo
juancarlos juanpablo juanjose josemaria marialuisa mariajose anamaria luisfernando
ricardo roberto eduardo enrique jorge raul rafael ramon andres diego mateo santiago1
sebastian nicolas samuel emiliano leonardo adrian alvaro ivan oscar ruben victor hugo
marcos martin gonzalo ignacio joaquin tomas agustin lorena monica silvia veronica
adriana natalia carolina fernanda mariana ximena valeria renata jimena julieta
guadalupe1 rocio raquel sandra susana teresa yolanda angela ana anita paulina
chocolate1 dulce caramelo galleta pastel helado fresa manzana platano cereza limon
pizza taco tacos tequila cerveza fiesta baile musica rock salsa cumbia reggaeton
playstation futbol1 pelota gol golazo campeon campeones mundial
qwerty123 asdfg 123456789a a123456789 1234abcd abcd1234
mierda puta puto pendejo cabron joder coño cojones chinga chingada
teamomucho teamoconlocura tequierotanto amorporsiempre siempre nunca
"""

GERMAN = """
passwort passwort1 passwort123 hallo hallo123 hallo1 schatz schatzi schatz123 liebe ichliebedich
geheim geheim1 fussball fußball bayern bayernmuenchen bayernmünchen fcbayern borussia dortmund bvb09 bvb
schalke schalke04 werder werderbremen hamburg hsv berlin herthabsc münchen muenchen köln koeln
fckoeln deutschland sommer winter frühling fruehling herbst sonne mond sterne blume hase maus mausi
baerchen bärchen schnecke engel teufel freiheit zuhause familie mama papa oma opa hund katze pferd
vogel schmetterling blumen computer keks schokolade michael thomas andreas stefan markus
christian alexander daniel tobias sebastian florian julia anna lena sarah laura lisa
katharina sabine petra claudia nicole susanne jürgen juergen wolfgang klaus hans
qwertz qwertzu qwertzui qwertzuiop asdfghjkl yxcvbnm yxcvbn qwertz123 qwertz1
schatzilein hasi hasilein mausilein spatz spatzi liebling schnucki schnuckel knuddel
kuschel kuschelbär teddy teddybär teddybaer bärli baerli hasenherz herzchen
mein meins meinpasswort passwörter kennwort kennwort1 zugang zugang1 anmelden login1
willkommen willkommen1 benutzer benutzer1 nutzer gast admin1 startstart start123 start
sonnenschein regenbogen gluecksbringer glück glueck glücklich gluecklich frieden
weihnachten ostern geburtstag urlaub ferien strand meer berge schnee
januar februar märz maerz april juni juli august oktober november dezember
montag dienstag mittwoch donnerstag freitag samstag sonntag
frankfurt stuttgart düsseldorf duesseldorf dresden leipzig hannover nürnberg nuernberg
bremen bochum wolfsburg leverkusen gladbach mainz augsburg freiburg kaiserslautern
österreich oesterreich wien salzburg schweiz zürich zuerich basel bern
mercedes1 porsche1 volkswagen golf passat audi1 bmw123 opel astra corsa
hexe zauberer drache ritter prinzessin prinz könig koenig königin koenigin
andrea1 stefanie martina monika ursula birgit heike kerstin tanja anja jana jessica
kevin1 dennis patrick marcel marco sven jan lukas leon felix maximilian paul jonas finn
manfred helmut dieter günter guenter horst heinz werner gerhard karl peter1 frank uwe
fritz heidi gretel hansi sepp franz
scheisse scheiße arschloch ficken fotze hurensohn wichser
123456a qwe123456 hallo1234 passwort12 passwort1234 geheim123 schatz1
ichliebedich1 liebedich liebe123 ichbins ichbinich
"""

ITALIAN = """
ciao ciaociao ciao123 amore amoremio tiamo tiamo123 tiamotanto tivogliobene juventus juve milan
acmilan inter internazionale napoli roma asroma lazio fiorentina forzainter forzamilan forzajuve
forzanapoli forzaroma forzalazio italia italiano sole luna stella cuore principessa tesoro angelo
francesco giuseppe giovanni alessandro andrea marco matteo lorenzo luca davide simone federico
roberto stefano antonio mario paolo giulia francesca chiara sara martina alessia valentina
elisa silvia federica password1 parolachiave parola segreto segreta accesso benvenuto
amoremio1 amorino cucciolo cucciola patatina piccola piccolo bambina bambino tesorino
stellina micio micina gattino gatto cane cagnolino orsetto topolino coniglio
mamma papà papa nonna nonno fratello sorella famiglia amici amico amica
primavera estate autunno inverno gennaio febbraio marzo aprile maggio giugno luglio
agosto settembre ottobre novembre dicembre lunedi martedi mercoledi giovedi venerdi
sabato domenica natale pasqua vacanze mare spiaggia montagna neve
calcio pallone campione scudetto totti delpiero buffon baggio maldini pirlo
ferrari ferrari1 lamborghini maserati fiat vespa ducati1 alfaromeo
milano torino genova bologna firenze venezia palermo catania bari verona padova
sicilia sardegna toscana puglia calabria campania
giorgio giorgia alberto alessio claudio daniele emanuele enrico fabio filippo gabriele
giacomo leonardo manuel massimo michele nicola pietro riccardo salvatore tommaso vincenzo
anna annalisa barbara beatrice camilla carlotta caterina cristina eleonora elena
erika gaia ilaria irene laura lucia marta monica noemi paola rebecca roberta serena
simona sofia veronica vittoria
pizza pasta spaghetti lasagna gelato cioccolato nutella caffe cappuccino vino birra
vaffanculo cazzo stronzo minchia
"""

PORTUGUESE = """
senha senha123 senha1 minhasenha amor amorzinho teamo euteamo saudade saudades benfica slbenfica
sporting scp porto fcporto flamengo mengo corinthians timao palmeiras verdao santos saopaulo
vasco gremio cruzeiro internacional botafogo fluminense atleticomg brasil brasil123 portugal
lisboa joao joão maria ana pedro rafael lucas gabriel mateus tiago rodrigo bruno ricardo
beatriz mariana inês ines carolina leonor princesa estrela coração coracao anjo deus jesus
familia felicidade
meuamor meuamorzinho minhavida vida vidaminha amorzao amoreterno teadoro teamomuito
gatinha gatinho gostosa gostoso linda lindo fofinha fofinho bebe nenem neném querida
querido princesinha principe docinho mozao mozão benzinho paixao paixão
mae mãe pai avo avó avô irmao irmão irma irmã filho filha tia tio primo prima
cachorro cachorrinho gato gata passarinho coelho tartaruga golfinho
primavera verao verão outono inverno janeiro fevereiro marco março abril maio junho
julho agosto setembro outubro novembro dezembro segunda terca quarta quinta sexta
sabado domingo natal pascoa ferias praia mar sol lua estrelas
riodejaneiro saopaulo1 salvador recife fortaleza brasilia curitiba manaus belem
portoalegre goiania natal1 campinas santos1 coimbra braga faro madeira acores algarve
neymar ronaldinho ronaldo cristianoronaldo cr7 pele zico kaka romario eusebio figo
futebol bola golo gol campeao campeão mengao tricolor colorado
josé1 joaquim manuel antonio francisco paulo luis luiz carlos eduardo fernando andre
diogo miguel goncalo gonçalo martim duarte tomas tomás afonso henrique vitor gustavo
leonardo guilherme matheus felipe vinicius thiago daniel
ana1 sofia matilde margarida rita joana sara catarina marta patricia vanessa juliana
fernanda camila larissa leticia amanda bruna aline jessica isabela luana gabriela
larissa1 raquel cristina sandra susana teresa helena luisa
chocolate doce brigadeiro pastel acai guarana cerveja cachaça cachaca caipirinha
samba carnaval funk pagode forro capoeira
porra caralho merda puta foda buceta
mudar mudar123 acesso entrar usuario admin123 seguranca segurança segredo
"""

# Words that routinely appear with years / counters appended; the core matching already covers
# these at runtime, the expansion only makes the list self-explanatory for auditors.
YEAR_BASES = """
password passwort motdepasse contrasena senha azerty qwerty qwertz admin welcome bonjour
hallo ciao amore amor soleil summer winter spring autumn football soccer dragon monkey
shadow master michael jordan iloveyou jetaime teamo tiamo princess princesse superman batman
""".split()

KEYBOARD_ROWS = (
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",  # QWERTY
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",  # AZERTY
    "qwertzuiop",
    "yxcvbnm",  # QWERTZ
)
KEYBOARD_COLUMNS = ("1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik", "9ol", "0p")


def _words(block: str) -> list[str]:
    return block.split()


def _sequences() -> set[str]:
    out: set[str] = set()
    digits = "0123456789"
    for length in range(4, 11):
        out.add(("1234567890")[:length])
        out.add(digits[:length])
        out.add("9876543210"[:length])
        out.add("0987654321"[:length])
        for d in digits:
            out.add(d * length)
    for length in range(6, 13, 2):
        for a, b in ("12", "01", "69", "11", "13", "21", "88", "77", "99"):
            out.add((a + b) * (length // 2))
    for unit in ("123", "321", "456", "789", "abc", "qwe", "asd", "zxc", "aze", "qsd"):
        out.update({unit * 2, unit * 3})
    out.update(
        {
            "112233",
            "11223344",
            "111222",
            "111222333",
            "123321",
            "12344321",
            "147258369",
            "159753",
            "159357",
            "147852",
            "147852369",
            "741852963",
            "963852741",
            "258456",
            "789456123",
            "456789",
            "123654",
            "123654789",
            "321654",
            "102030",
            "10203040",
            "1029384756",
            "5201314",
            "1314520",
            "12qwaszx",
            "1qaz2wsx3edc",
            "zaq1xsw2",
            "zaq1xsw2cde3",
        }
    )
    return out


def _keyboard_walks() -> set[str]:
    out: set[str] = set()
    for row in KEYBOARD_ROWS:
        for length in range(4, len(row) + 1):
            out.add(row[:length])
            out.add(row[:length][::-1])
    for n in range(2, len(KEYBOARD_COLUMNS) + 1):
        walk = "".join(KEYBOARD_COLUMNS[:n])
        out.add(walk)
    for n in range(4, 11):
        letters = "qwertyuiop"[:n]
        digits = "1234567890"[:n]
        out.add("".join(d + c for d, c in zip(digits, letters, strict=True)))
        out.add("".join(c + d for d, c in zip(digits, letters, strict=True)))
        letters = "azertyuiop"[:n]
        out.add("".join(d + c for d, c in zip(digits, letters, strict=True)))
    return out


def _with_suffixes() -> set[str]:
    suffixes = ["1", "12", "123", "1234", "12345", "!", "1!", "123!", "01", "007", "69", "99"]
    suffixes += [str(year) for year in range(1970, 2031)]
    return {base + suffix for base in YEAR_BASES for suffix in suffixes}


def build() -> list[str]:
    entries: set[str] = set()
    for block in (ENGLISH, FRENCH, SPANISH, GERMAN, ITALIAN, PORTUGUESE):
        entries.update(_words(block))
    entries |= _sequences() | _keyboard_walks() | _with_suffixes()
    normalised = {unicodedata.normalize("NFC", e).lower() for e in entries}
    return sorted(e for e in normalised if len(e) >= MIN_LENGTH)


def main() -> None:
    lines = build()
    header = "# Common passwords (generated by tools/generate_common_passwords.py; do not edit by hand)\n"
    OUTPUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} entries to {OUTPUT}")


if __name__ == "__main__":
    main()
