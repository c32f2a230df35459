package io.ponte.connectors.sandbox;

import java.util.List;

/**
 * Where sandbox customers live: real cities with their phone area codes, utilities and a handful of real
 * neighbourhoods with their postcodes, so that addresses, phone numbers and utility bills look local.
 */
final class Places {

	/** A real neighbourhood: a bairro and the first five digits of its CEP (BR) or a colonia and its código postal (MX). */
	record District(String name, String postcode) {
	}

	/**
	 * A real city. {@code areaCode} is the DDD (BR) or lada (MX), {@code ibgeCode} the IBGE municipality code (BR
	 * only), {@code hot} marks a hot climate (air-conditioning or CFE summer-tariff peaks) and {@code weight} is
	 * roughly the population in tens of thousands.
	 */
	record City(String name, String state, String areaCode, String ibgeCode, String latitude, String longitude,
			String electricity, String water, boolean hot, int weight, List<District> districts) {
	}

	private static final List<City> BR = List.of(
			new City("São Paulo", "SP", "11", "3550308", "-23.550520", "-46.633308", "Enel SP", "Sabesp", false, 1145,
					List.of(d("Bela Vista", "01310"), d("Pinheiros", "05422"), d("Moema", "04077"),
							d("Vila Mariana", "04101"), d("Tatuapé", "03306"), d("Santana", "02011"),
							d("Itaim Bibi", "04534"), d("Perdizes", "05014"))),
			new City("Rio de Janeiro", "RJ", "21", "3304557", "-22.906847", "-43.172897", "Light", "Águas do Rio", true,
					621,
					List.of(d("Copacabana", "22021"), d("Ipanema", "22410"), d("Botafogo", "22250"),
							d("Tijuca", "20511"), d("Barra da Tijuca", "22640"), d("Centro", "20040"),
							d("Méier", "20720"), d("Leblon", "22440"))),
			new City("Belo Horizonte", "MG", "31", "3106200", "-19.916681", "-43.934493", "Cemig", "Copasa", false, 232,
					List.of(d("Centro", "30190"), d("Funcionários", "30130"), d("Savassi", "30140"),
							d("Lourdes", "30170"), d("Pampulha", "31270"), d("Buritis", "30575"),
							d("Castelo", "31330"))),
			new City("Curitiba", "PR", "41", "4106902", "-25.428954", "-49.267137", "Copel", "Sanepar", false, 177,
					List.of(d("Centro", "80020"), d("Batel", "80420"), d("Água Verde", "80240"),
							d("Bigorrilho", "80730"), d("Portão", "81070"), d("Santa Felicidade", "82030"),
							d("Cabral", "80035"))),
			new City("Porto Alegre", "RS", "51", "4314902", "-30.034647", "-51.217658", "CEEE Equatorial", "DMAE",
					false, 133,
					List.of(d("Centro Histórico", "90010"), d("Moinhos de Vento", "90570"),
							d("Cidade Baixa", "90050"), d("Bom Fim", "90035"), d("Petrópolis", "90470"),
							d("Menino Deus", "90150"), d("Tristeza", "91920"))),
			new City("Recife", "PE", "81", "2611606", "-8.047562", "-34.877002", "Neoenergia Pernambuco", "Compesa",
					true, 149,
					List.of(d("Boa Viagem", "51021"), d("Casa Forte", "52061"), d("Graças", "52011"),
							d("Espinheiro", "52020"), d("Madalena", "50610"), d("Pina", "51110"),
							d("Boa Vista", "50070"))),
			new City("Salvador", "BA", "71", "2927408", "-12.977749", "-38.501630", "Neoenergia Coelba", "Embasa", true,
					242,
					List.of(d("Barra", "40140"), d("Pituba", "41830"), d("Rio Vermelho", "41940"),
							d("Itaigara", "41815"), d("Graça", "40150"), d("Caminho das Árvores", "41820"),
							d("Imbuí", "41720"))),
			new City("Fortaleza", "CE", "85", "2304400", "-3.731862", "-38.526669", "Enel CE", "Cagece", true, 243,
					List.of(d("Aldeota", "60150"), d("Meireles", "60160"), d("Cocó", "60192"), d("Fátima", "60040"),
							d("Edson Queiroz", "60811"), d("Benfica", "60015"), d("Centro", "60030"))),
			new City("Brasília", "DF", "61", "5300108", "-15.793889", "-47.882778", "Neoenergia Brasília", "Caesb",
					false, 282,
					List.of(d("Asa Sul", "70390"), d("Asa Norte", "70770"), d("Lago Sul", "71625"),
							d("Sudoeste", "70673"), d("Águas Claras", "71936"), d("Taguatinga", "72110"),
							d("Guará", "71065"))),
			new City("Manaus", "AM", "92", "1302603", "-3.119028", "-60.021731", "Amazonas Energia", "Águas de Manaus",
					true, 206,
					List.of(d("Centro", "69010"), d("Adrianópolis", "69057"), d("Ponta Negra", "69037"),
							d("Chapada", "69050"), d("Flores", "69058"), d("Parque 10 de Novembro", "69054"),
							d("Cidade Nova", "69090"))),
			new City("Goiânia", "GO", "62", "5208707", "-16.686891", "-49.264788", "Equatorial Goiás", "Saneago", true,
					144,
					List.of(d("Setor Bueno", "74210"), d("Setor Marista", "74150"), d("Setor Oeste", "74120"),
							d("Setor Central", "74015"), d("Jardim Goiás", "74810"), d("Setor Sul", "74085"),
							d("Jardim América", "74270"))),
			new City("Campinas", "SP", "19", "3509502", "-22.905560", "-47.060830", "CPFL Paulista", "Sanasa", false,
					114,
					List.of(d("Cambuí", "13025"), d("Centro", "13015"), d("Barão Geraldo", "13084"),
							d("Taquaral", "13087"), d("Nova Campinas", "13092"), d("Jardim Guanabara", "13073"),
							d("Vila Industrial", "13035"))),
			new City("Belém", "PA", "91", "1501402", "-1.455833", "-48.503887", "Equatorial Pará", "Cosanpa", true, 130,
					List.of(d("Nazaré", "66035"), d("Umarizal", "66055"), d("Batista Campos", "66033"),
							d("Marco", "66093"), d("Reduto", "66053"), d("Cidade Velha", "66020"))),
			new City("Florianópolis", "SC", "48", "4205407", "-27.595377", "-48.548050", "Celesc", "Casan", false, 54,
					List.of(d("Centro", "88010"), d("Trindade", "88036"), d("Lagoa da Conceição", "88062"),
							d("Canasvieiras", "88054"), d("Ingleses do Rio Vermelho", "88058"),
							d("Itacorubi", "88034"))));

	private static final List<City> MX = List.of(
			new City("Ciudad de México", "CDMX", "55", null, "19.432608", "-99.133209", "CFE", "SACMEX", false, 921,
					List.of(d("Roma Norte", "06700"), d("Condesa", "06140"), d("Polanco V Sección", "11560"),
							d("Del Valle Centro", "03100"), d("Villa Coyoacán", "04000"),
							d("Narvarte Poniente", "03020"), d("Santa Fe Cuajimalpa", "05348"), d("Juárez", "06600"))),
			new City("Guadalajara", "JAL", "33", null, "20.676722", "-103.347320", "CFE", "SIAPA", false, 139,
					List.of(d("Centro", "44100"), d("Americana", "44160"), d("Ladrón de Guevara", "44600"),
							d("Providencia", "44630"), d("Jardines del Bosque", "44520"),
							d("Arcos Vallarta", "44130"))),
			new City("Monterrey", "NL", "81", null, "25.686614", "-100.316113", "CFE", "Agua y Drenaje de Monterrey",
					true, 114,
					List.of(d("Centro", "64000"), d("Obispado", "64060"), d("Mitras Centro", "64460"),
							d("Contry", "64860"), d("Tecnológico", "64700"), d("Vista Hermosa", "64620"))),
			new City("Puebla", "PUE", "222", null, "19.041297", "-98.206200", "CFE", "Agua de Puebla", false, 169,
					List.of(d("Centro", "72000"), d("La Paz", "72160"), d("Huexotitla", "72534"),
							d("Anzures", "72530"), d("Jardines de San Manuel", "72570"))),
			new City("Querétaro", "QRO", "442", null, "20.588793", "-100.389885", "CFE", "CEA Querétaro", false, 105,
					List.of(d("Centro", "76000"), d("Jurica", "76100"), d("Juriquilla", "76230"),
							d("Carretas", "76050"), d("Milenio III", "76060"), d("Cimatario", "76030"),
							d("Álamos 2a Sección", "76160"))),
			new City("Mérida", "YUC", "999", null, "20.967370", "-89.592586", "CFE", "JAPAY", true, 99,
					List.of(d("Centro", "97000"), d("García Ginerés", "97070"), d("Itzimná", "97100"),
							d("Montes de Amé", "97115"), d("Francisco de Montejo", "97203"),
							d("Altabrisa", "97130"))),
			new City("Tijuana", "BC", "664", null, "32.514947", "-117.038247", "CFE", "CESPT", false, 192,
					List.of(d("Zona Centro", "22000"), d("Zona Urbana Río Tijuana", "22010"), d("Hipódromo", "22420"),
							d("Otay Constituyentes", "22457"), d("Nueva Tijuana", "22435"))),
			new City("León", "GTO", "477", null, "21.122476", "-101.682251", "CFE", "SAPAL", false, 172,
					List.of(d("Centro", "37000"), d("Jardines del Moral", "37160"), d("Lomas del Campestre", "37150"),
							d("Andrade", "37020"), d("Obregón", "37320"), d("El Coecillo", "37260"),
							d("Jardines del Campestre", "37128"))),
			new City("Zapopan", "JAL", "33", null, "20.720181", "-103.391694", "CFE", "SIAPA", false, 148,
					List.of(d("Zapopan Centro", "45100"), d("Puerta de Hierro", "45116"), d("Ciudad Granja", "45010"),
							d("Ciudad del Sol", "45050"), d("Jardines Universidad", "45110"),
							d("Chapalita", "45040"))),
			new City("Hermosillo", "SON", "662", null, "29.072967", "-110.955919", "CFE", "Agua de Hermosillo", true,
					94,
					List.of(d("Centro", "83000"), d("Country Club", "83010"), d("Pitic", "83150"),
							d("Modelo", "83190"), d("Valle Grande", "83205"), d("Villa de Seris", "83280"))));

	private static final List<String> BR_STREETS = List.of("Rua das Flores", "Rua São José", "Rua Sete de Setembro",
			"Rua XV de Novembro", "Rua Tiradentes", "Rua Santos Dumont", "Rua Dom Pedro II", "Rua Rui Barbosa",
			"Rua Castro Alves", "Rua Duque de Caxias", "Rua Marechal Deodoro", "Rua Benjamin Constant",
			"Rua Barão do Rio Branco", "Rua José Bonifácio", "Rua Quintino Bocaiúva", "Rua Princesa Isabel",
			"Avenida Brasil", "Avenida Getúlio Vargas", "Avenida Presidente Vargas", "Avenida Juscelino Kubitschek",
			"Avenida Independência", "Avenida das Américas");

	private static final List<String> MX_STREETS = List.of("Calle Hidalgo", "Calle Morelos", "Calle Juárez",
			"Calle Allende", "Calle Independencia", "Calle Zaragoza", "Calle Guerrero", "Calle 5 de Mayo",
			"Calle 16 de Septiembre", "Calle Aldama", "Calle Matamoros", "Calle Emiliano Zapata",
			"Calle Francisco I. Madero", "Calle Niños Héroes", "Calle Nicolás Bravo", "Avenida Benito Juárez",
			"Avenida Revolución", "Avenida Insurgentes", "Avenida Reforma", "Avenida Lázaro Cárdenas",
			"Avenida Constitución", "Avenida Vallarta");

	private Places() {
	}

	static List<City> cities(Country country) {
		return (country == Country.BR) ? BR : MX;
	}

	/** Common real street names, without the number. */
	static List<String> streets(Country country) {
		return (country == Country.BR) ? BR_STREETS : MX_STREETS;
	}

	private static District d(String name, String postcode) {
		return new District(name, postcode);
	}

}
