package io.ponte.connectors.sandbox;

import java.util.List;

/**
 * Who pays and who gets paid besides merchants: fictitious employers, freelance clients and letting agencies (with
 * real legal suffixes, so payroll and rent descriptions read naturally), and the real banks that transfers come from
 * with their clearing codes and market-share-like weights.
 */
final class Companies {

	/** A real bank: its COMPE code (BR) or CLABE bank code (MX), and a weight close to its share of retail accounts. */
	record Bank(String code, String name, int weight) {
	}

	private static final List<String> BR_EMPLOYERS = List.of("Aurora Tecnologia Ltda", "Construtora Ipê Amarelo S.A.",
			"Hospital Santa Luzia do Vale Ltda", "Transportadora Coxilha Ltda", "Grupo Educacional Saber Mais S.A.",
			"Laticínios Serra Azul Ltda", "Agência Ponto Digital Ltda", "Metalúrgica Aço Sereno Ltda",
			"Clínica Bem Viver Saúde Integrada Ltda", "Supermercados Boa Colheita Ltda",
			"Indústria Têxtil Fio de Prata S.A.", "Logística Cruzeiro do Norte Ltda",
			"Contabilidade Exata Assessoria Ltda ME", "Farmácia Flor de Lis Ltda ME", "Engenharia Horizonte Azul Ltda",
			"Padaria e Confeitaria Trigo Dourado Ltda ME", "Solar Nascente Energia Ltda", "Call Center Voz Ativa Ltda",
			"Escola Pequeno Sábio Ltda", "Auto Peças Estrela Guia Ltda ME", "Restaurante Sabor da Serra Ltda ME",
			"Hotel Maré Alta Ltda", "Gráfica Papel e Tinta Ltda", "Distribuidora de Bebidas Boa Sede Ltda",
			"Construtora Alicerce Firme Ltda", "Laboratório Análise Certa Ltda", "Segurança Patrimonial Guardião Ltda",
			"Móveis Madeira Nobre Ltda", "Consultoria Rumo Certo Ltda", "Bússola Sistemas Ltda",
			"Frigorífico Campo Verde S.A.", "Academia Corpo em Movimento Ltda ME", "Ótica Visão Clara Ltda ME",
			"Transportes Rota Segura Ltda", "Calçados Passo Firme Ltda", "Agropecuária Sol do Cerrado S.A.",
			"Clínica Odontológica Sorriso Pleno Ltda ME", "Editora Página Aberta Ltda", "Nuvem Clara Tecnologia EIRELI",
			"Comercial Atacadista Vale Fértil Ltda", "Limpeza e Conservação Brilho Total EIRELI",
			"Instituto de Idiomas Mundo Afora Ltda", "Hospital Veterinário Quatro Patas Ltda",
			"Pousada Recanto das Águas EIRELI", "Cerâmica Barro Vermelho S.A.");

	private static final List<String> MX_EMPLOYERS = List.of("Grupo Industrial Anáhuac Norte S.A. de C.V.",
			"Servicios Tecnológicos del Bajío S.A. de C.V.", "Comercializadora Sierra Madre Oriental S.A. de C.V.",
			"Hospital Santa Mónica del Valle S.A. de C.V.", "Logística Pacífico Norte S.A. de C.V.",
			"Consultores Reforma Centro S.C.", "Alimentos La Huasteca Fina S.A. de C.V.",
			"Autopartes Cerro de la Silla S.A. de C.V.", "Constructora Tres Volcanes S.A. de C.V.",
			"Textiles Tlaquepaque S. de R.L. de C.V.", "Distribuidora Maya Peninsular S.A. de C.V.",
			"Manufacturas Eléctricas del Norte S.A. de C.V.", "Transportes Golfo Azul S.A. de C.V.",
			"Clínica Dental Sonrisa Plena S.C.", "Despacho Contable Ortega y Asociados S.C.",
			"Colegio Sor Juana del Valle S.C.", "Panificadora La Espiga de Oro S.A. de C.V.",
			"Quetzal Software S.A. de C.V.", "Agroindustrias Valle Verde S.A. de C.V.",
			"Centro de Contacto Voz Norteña S. de R.L. de C.V.", "Hotel Brisas del Caribe Maya S.A. de C.V.",
			"Mueblería El Roble Fino S.A. de C.V.", "Seguridad Privada Centinela del Bajío S.A. de C.V.",
			"Laboratorios Clínicos Alfa Diagnóstica S.A. de C.V.", "Restaurantes Sabor a Mar S. de R.L. de C.V.",
			"Imprenta Tinta Viva S.A. de C.V.", "Farmacéutica Xóchitl Salud S.A. de C.V.",
			"Maquiladora Frontera Norte S. de R.L. de C.V.", "Ingeniería Hidráulica Lerma S.A. de C.V.",
			"Tequilera Agave Azul de Jalisco S.A. de C.V.", "Embotelladora Manantial del Sur S.A. de C.V.",
			"Consultoría Estratégica Chapultepec S.C.", "Agencia Creativa Colibrí S.A. de C.V.",
			"Gimnasios Fuerza Total S.A. de C.V.", "Limpieza Industrial Brillo S. de R.L. de C.V.",
			"Calzado Piel Fina del Bajío S.A. de C.V.", "Centro Educativo Nuevo Amanecer S.C.",
			"Acero Estructural Cumbres S.A. de C.V.", "Papelería Mayorista Punto y Coma S.A. de C.V.",
			"Plásticos Industriales de Sonora S.A. de C.V.", "Veterinaria Patitas Felices S.C.",
			"Constructora Puerta del Sol Poniente S.A. de C.V.", "Servicios Médicos Integrales Tonalá S.C.",
			"Agencia Aduanal Paso del Norte S.C.");

	private static final List<String> BR_FREELANCE = List.of("Studio Criativo Lúmen ME", "Café Grão de Ouro Ltda ME",
			"Clínica Estética Bela Forma Ltda", "Loja Virtual Casa Bonita ME", "Moraes e Lima Sociedade de Advogados",
			"Escritório Contábil Dois Irmãos Ltda ME", "Pet Shop Amigo Fiel Ltda ME", "Buffet Festa Feliz Ltda ME",
			"Oficina Mecânica Pistão de Ouro ME", "Ateliê Linha e Agulha ME", "Consultório Dra. Helena Prado ME",
			"Pizzaria Forno a Lenha do Bairro Ltda ME", "Construtora Tijolo a Tijolo Ltda ME",
			"Agência de Viagens Mala Pronta Ltda ME", "Escola de Música Sol Maior Ltda ME",
			"Salão Beleza Pura Ltda ME", "Empório Natural Raiz Ltda ME", "Autoescola Via Livre Ltda ME",
			"Fotografia Olhar Atento ME", "Loja de Móveis Planejados Encaixe Ltda ME",
			"Cervejaria Artesanal Lúpulo Bravo Ltda ME", "Papelaria Ponto Final ME");

	private static final List<String> MX_FREELANCE = List.of("Estudio Creativo Nopal S.C.",
			"Cafetería Grano Tostado S.A. de C.V.", "Clínica Estética Bella Figura S.C.",
			"Tienda en Línea Casa Bonita S. de R.L. de C.V.", "Despacho Jurídico Morales y Luna S.C.",
			"Contadores Asociados Hermanos Vega S.C.", "Estética Canina Huellitas S.A. de C.V.",
			"Banquetes La Fiesta Feliz S.A. de C.V.", "Taller Mecánico El Pistón S.A. de C.V.",
			"Taller de Costura Hilo Fino S.C.", "Consultorio Dra. Elena Prado S.C.",
			"Pizzería Horno de Leña S. de R.L. de C.V.", "Constructora Ladrillo a Ladrillo S.A. de C.V.",
			"Agencia de Viajes Maleta Lista S.A. de C.V.", "Academia de Música Do Mayor S.C.",
			"Salón de Belleza Glamour S.A. de C.V.", "Tienda Naturista Raíz S.A. de C.V.",
			"Escuela de Manejo Vía Libre S.C.", "Fotografía Mirada Atenta S.C.",
			"Muebles a la Medida Ensamble S.A. de C.V.", "Cervecería Artesanal Lúpulo Bravo S.A. de C.V.",
			"Papelería Punto Final S.A. de C.V.");

	private static final List<String> BR_AGENCIES = List.of("Imobiliária Casa Nova Ltda",
			"Imobiliária Chave de Ouro Ltda", "Imobiliária Lar Doce Lar Ltda", "Imobiliária Morada do Sol Ltda",
			"Imobiliária Bom Lugar Ltda", "Imobiliária Raízes Ltda", "Imobiliária Janela Aberta Ltda",
			"Imobiliária Terra Firme Ltda", "Imobiliária Vila Serena Ltda", "Imobiliária Pedra Angular Ltda",
			"Imobiliária Novo Horizonte Ltda");

	private static final List<String> MX_AGENCIES = List.of("Inmobiliaria Casa Alta S.A. de C.V.",
			"Inmobiliaria Llave de Oro S.A. de C.V.", "Inmobiliaria Hogar Dulce Hogar S.A. de C.V.",
			"Inmobiliaria Morada del Sol S.A. de C.V.", "Inmobiliaria Buen Lugar S.A. de C.V.",
			"Inmobiliaria Raíces S.A. de C.V.", "Inmobiliaria Ventana Abierta S.A. de C.V.",
			"Inmobiliaria Tierra Firme S.A. de C.V.", "Inmobiliaria Villa Serena S.A. de C.V.",
			"Inmobiliaria Piedra Angular S.A. de C.V.", "Inmobiliaria Nuevo Horizonte S.A. de C.V.");

	private static final List<Bank> BR_BANKS = List.of(new Bank("260", "Nu Pagamentos", 24),
			new Bank("341", "Itaú Unibanco", 15), new Bank("001", "Banco do Brasil", 14), new Bank("237", "Bradesco", 13),
			new Bank("104", "Caixa Econômica Federal", 14), new Bank("033", "Santander", 8),
			new Bank("077", "Banco Inter", 5), new Bank("290", "PagSeguro", 3), new Bank("380", "PicPay", 3),
			new Bank("323", "Mercado Pago", 4), new Bank("336", "C6 Bank", 4), new Bank("212", "Banco Original", 1),
			new Bank("756", "Sicoob", 2), new Bank("748", "Sicredi", 2));

	private static final List<Bank> MX_BANKS = List.of(new Bank("012", "BBVA México", 24),
			new Bank("002", "Banamex", 13), new Bank("014", "Santander", 11), new Bank("072", "Banorte", 12),
			new Bank("021", "HSBC", 5), new Bank("127", "Banco Azteca", 10), new Bank("137", "BanCoppel", 7),
			new Bank("036", "Inbursa", 3), new Bank("044", "Scotiabank", 3), new Bank("058", "Banregio", 1),
			new Bank("638", "Nu México", 6), new Bank("646", "STP", 2), new Bank("722", "Mercado Pago W", 3));

	private Companies() {
	}

	static List<String> employers(Country country) {
		return (country == Country.BR) ? BR_EMPLOYERS : MX_EMPLOYERS;
	}

	static List<String> freelanceClients(Country country) {
		return (country == Country.BR) ? BR_FREELANCE : MX_FREELANCE;
	}

	static List<String> realEstateAgencies(Country country) {
		return (country == Country.BR) ? BR_AGENCIES : MX_AGENCIES;
	}

	static List<Bank> banks(Country country) {
		return (country == Country.BR) ? BR_BANKS : MX_BANKS;
	}

}
