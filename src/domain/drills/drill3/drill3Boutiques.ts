/** A region of the maison's boutique network. */
export type Drill3Region =
  "Europe" | "Americas" | "Greater China" | "Japan" | "Asia-Pacific" | "Middle East";

/** Flagships carry the largest SA teams, small boutiques the smallest. */
export type BoutiqueSize = "flagship" | "main" | "small";

export type Drill3Boutique = {
  city: string;
  address: string;
  region: Drill3Region;
  size: BoutiqueSize;
};

// City | street or mall | region | size. The first 80 are the canonical network (seed 0); variants
// draw their network from all 100. Order: a region mix close to a leather-goods maison's footprint.
const RAW = `
Paris|Rue du Faubourg Saint-Honoré|Europe|flagship
London|New Bond Street|Europe|flagship
Milan|Via Montenapoleone|Europe|flagship
New York|Madison Avenue|Americas|flagship
Tokyo|Ginza|Japan|flagship
Shanghai|Plaza 66|Greater China|flagship
Hong Kong|Landmark|Greater China|flagship
Seoul|Cheongdam|Asia-Pacific|flagship
Dubai|The Dubai Mall|Middle East|flagship
Beijing|China World|Greater China|flagship
Paris|Avenue Montaigne|Europe|main
Munich|Maximilianstrasse|Europe|main
Beverly Hills|Rodeo Drive|Americas|flagship
Osaka|Shinsaibashi|Japan|main
Singapore|Marina Bay Sands|Asia-Pacific|main
Chengdu|Taikoo Li|Greater China|main
Geneva|Rue du Rhône|Europe|main
Miami|Design District|Americas|main
Taipei|Taipei 101|Greater China|main
Doha|Place Vendôme Mall|Middle East|main
Rome|Via Condotti|Europe|main
Tokyo|Omotesando|Japan|main
Shenzhen|MixC|Greater China|main
Sydney|Castlereagh Street|Asia-Pacific|main
Chicago|Michigan Avenue|Americas|main
Zurich|Bahnhofstrasse|Europe|main
Hangzhou|Hubin|Greater China|main
Madrid|Calle de Serrano|Europe|main
Las Vegas|The Shops at Crystals|Americas|main
Nagoya|Sakae|Japan|small
Macau|Wynn Palace|Greater China|main
Riyadh|Kingdom Centre|Middle East|main
Bangkok|Gaysorn Village|Asia-Pacific|main
Cannes|La Croisette|Europe|small
Toronto|Bloor Street|Americas|main
London|Sloane Street|Europe|main
Shanghai|IFC Mall|Greater China|main
Kuala Lumpur|Pavilion|Asia-Pacific|small
Vienna|Kohlmarkt|Europe|small
Houston|The Galleria|Americas|small
Fukuoka|Tenjin|Japan|small
Wuhan|Wuhan International Plaza|Greater China|small
Amsterdam|P.C. Hooftstraat|Europe|small
Abu Dhabi|The Galleria Al Maryah|Middle East|small
San Francisco|Union Square|Americas|main
Seoul|Lotte Avenuel|Asia-Pacific|main
Nanjing|Deji Plaza|Greater China|small
Brussels|Boulevard de Waterloo|Europe|small
Mexico City|Masaryk|Americas|small
Tokyo|Shinjuku Isetan|Japan|main
Xi'an|SKP|Greater China|small
Monaco|Place du Casino|Europe|small
Melbourne|Collins Street|Asia-Pacific|small
Kuwait City|The Avenues|Middle East|small
Frankfurt|Goethestrasse|Europe|small
Dallas|NorthPark Center|Americas|small
Chongqing|MixC|Greater China|small
Kyoto|Shijo|Japan|small
Jakarta|Plaza Senayan|Asia-Pacific|small
Prague|Pařížská|Europe|small
Boston|Newbury Street|Americas|small
Tianjin|Heping|Greater China|small
Barcelona|Passeig de Gràcia|Europe|small
São Paulo|Cidade Jardim|Americas|small
Shenyang|MixC|Greater China|small
Manila|Greenbelt|Asia-Pacific|small
St. Moritz|Via Serlas|Europe|small
Honolulu|Ala Moana|Americas|small
Sapporo|Odori|Japan|small
Qingdao|Hisense Plaza|Greater China|small
Manama|Seef|Middle East|small
Copenhagen|Strøget|Europe|small
Vancouver|Alberni Street|Americas|small
Busan|Shinsegae Centum City|Asia-Pacific|small
Kunming|Shuncheng|Greater China|small
Athens|Voukourestiou|Europe|small
Washington|CityCenterDC|Americas|small
Tokyo|Roppongi Hills|Japan|small
Suzhou|Suzhou Center|Greater China|small
Saint-Tropez|Rue François Sibilli|Europe|small
Istanbul|İstinye Park|Europe|small
Atlanta|Phipps Plaza|Americas|small
Hiroshima|Hondori|Japan|small
Shanghai|Xintiandi|Greater China|small
Ho Chi Minh City|Union Square Saigon|Asia-Pacific|small
Jeddah|Red Sea Mall|Middle East|small
Lisbon|Avenida da Liberdade|Europe|small
Costa Mesa|South Coast Plaza|Americas|main
Dalian|Times Square|Greater China|small
Auckland|Queen Street|Asia-Pacific|small
Stockholm|Biblioteksgatan|Europe|small
Philadelphia|Walnut Street|Americas|small
Sendai|Ichibancho|Japan|small
Xiamen|SM City|Greater China|small
Gold Coast|Pacific Fair|Asia-Pacific|small
Muscat|Opera Galleria|Middle East|small
Düsseldorf|Königsallee|Europe|small
Aspen|Galena Street|Americas|small
Harbin|Mykal|Greater China|small
Phuket|Central Floresta|Asia-Pacific|small
`;

/** The 100 boutiques a network is drawn from; the first 80 are the canonical network. */
export const DRILL3_BOUTIQUES: readonly Drill3Boutique[] = RAW.trim()
  .split("\n")
  .map((line) => {
    const [city, address, region, size] = line.split("|") as [
      string,
      string,
      Drill3Region,
      BoutiqueSize,
    ];
    return { city, address, region, size };
  });
