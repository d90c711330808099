"""Everyday Spanish words around an ask (people, questions, places, times, what is done), in
the English the rules read (`core.asks.gloss`); `core.asks.glosses.spanish` holds the words
an ask turns on."""

_THE = r"(?:(?:el|al|del|la|a la|de la|los|las|a los|a las) )"
"""An article, with "a" or "de" folded in, that a person's role may carry."""

GLOSSES: dict[str, str] = {
    # people
    (
        r"(?:la|a la) (?:muchacha|chica|senora|chava) de la (?:farmacia|tienda|caja|panaderia|"
        r"recepcion|cafeteria|libreria|papeleria|ferreteria)"
    ): "the shop assistant",
    rf"{_THE}(?:chica|chava|muchacha|morra|piba|jeva|chama|nina|chavala|pelada)": "the girl",
    rf"{_THE}(?:chico|chavo|muchacho|morro|pibe|jevo|chamo|chaval|pelado|tipo|man|vato)": "the guy",
    rf"{_THE}(?:senora|dona|senorita)": "the lady",
    rf"{_THE}(?:senor|don|caballero)": "the man",
    r"una tia|una chavala|una jovencita|una senorita|una joven|una chamaca": "a young woman",
    r"un tio|un chaval|un muchachito|un joven|un chamaco|un vato": "a guy",
    r"una dona|una senora mayor|una viejita|una anciana|una abuelita": "an old lady",
    r"un senor mayor|un anciano|un abuelo|un abuelito|un ruco|un don": "an old man",
    rf"{_THE}(?:viejito|anciano|abuelito|senor mayor)": "the old man",
    rf"{_THE}(?:viejita|anciana|abuelita|senora mayor|donita)": "the old lady",
    (
        r"(?:el|la|al|a la) (?:persona )?(?:de|que esta|que va|que se sienta|que (?:esta|va) "
        r"sentad[oa]) (?:a mi lado|al lado(?: mio| mia)?|junto a mi)"
    ): "the person sitting next to me",
    r"(?:mi|el|la) companer[oa] de asiento|(?:la persona|el|la) de al lado": "my seatmate",
    r"de al lado|a mi lado|al lado mio|al lado mia|junto a mi": "next to me",
    r"mis? companer[oa]s?|mi compa de trabajo": "my colleague",
    (
        r"(?:alguien|una persona|gente|un[oa]s?) que no conozco|(?:alguien|una persona) "
        r"que ni conozco"
    ): "someone i don't know",
    rf"{_THE}(?:kiosquer[oa]|quiosquer[oa]|del (?:kiosco|quiosco|puesto))": "the kiosk man",
    rf"{_THE}(?:duen[oa] de la tienda|abarrotera|bodeguera|tendera)": "the shopkeeper",
    r"mis? alumn[oa]s? particular(?:es)?|a quien le doy clases": "my tutee",
    (
        r"mi empleada domestica|la empleada domestica|mi empleada del hogar|mi sirvienta|"
        r"la sirvienta|mi chacha|mi asistenta|mi muchacha de servicio|mi trabajadora del hogar|"
        r"la senora de la limpieza|mi nana"
    ): "my maid",
    r"(?:mi|la) senora que (?:me )?limpia|la que me limpia": "my maid",
    r"mi (?:chofer|conductor|conductora)": "my driver",
    r"un chiquito|una chiquita|un crio|una cria|un escuincle|un nene|una nena": "a child",
    r"su (?:esposa|senora|mujer)": "his wife",
    r"su (?:esposo|marido|senor)": "her husband",
    r"su novio|su chavo": "her boyfriend",
    r"su novia|su chava": "his girlfriend",
    (
        r"(?:el|al) novio de mi mejor amiga|(?:el|al) novio de mi amiga|(?:el|al) novio de "
        r"mi hermana"
    ): "my best friend's boyfriend",
    r"(?:la|a la) novia de mi (?:mejor )?amigo": "my best friend's girlfriend",
    r"su (?:madre|mama|mami|jefa)": "her mother",
    r"su (?:padre|papa|papi)": "her father",
    r"su hermana": "her sister",
    r"su hermano": "her brother",
    r"su hija|su hijo|sus hijos": "her children",
    r"mi esposo|mi marido": "my husband",
    r"mi esposa|mi senora|mi mujer": "my wife",
    # question words and small verbs
    r"donde|adonde|en donde": "where",
    r"por que": "why",
    r"como(?= (?:se llama|le va|esta|estas|me veo|luzco|se ve|le hago|hago|llego|se))": "how",
    r"quien|quienes|con quien": "who",
    r"cuanto|cuanta": "how much",
    r"cuantos|cuantas": "how many",
    r"vive|vives|viven": "lives",
    r"trabaja|trabajas|trabajan|chambea": "works",
    r"trabajar|que trabaje|trabaje": "work",
    r"estudia|estudias|estudian": "studies",
    r"viene|vienes|vienen": "comes",
    r"se sienta|esta sentad[oa]|va sentad[oa]": "sits",
    r"esta parad[oa]|esta de pie|se para": "stands",
    r"espera|esta esperando": "waits",
    r"llora|esta llorando": "cries",
    r"(?:esta|es) casad[oa]": "is married",
    r"(?:esta|es) solter[oa]": "is single",
    r"tiene hijos|tiene ninos": "has children",
    r"gana|ganan": "earns",
    # life facts and looks
    r"donde vive|en donde vive|adonde vive": "where she lives",
    r"para ver donde vive|a ver donde vive": "to see where she lives",
    r"para ver donde trabaja|a ver donde trabaja": "to see where she works",
    r"para ver si": "to see if",
    r"para ver donde": "to see where",
    r"para ver (?:que|como|quien|cuando)": "to see what",
    r"en que piso vive|que piso|en que depa|que departamento": "which flat she lives in",
    r"su piso|su depa|su departamento|su apartamento": "her flat",
    r"su casa": "her house",
    r"su trabajo|su chamba|su chambita|su curro": "her workplace",
    r"donde trabaja": "where she works",
    r"en que trabaja": "what she does for work",
    r"su sueldo|su salario|su quincena": "her salary",
    r"cuanto gana|cuanto cobra|cuanto le pagan": "how much she earns",
    r"su edad": "her age",
    r"cuantos anos tiene|que edad tiene": "how old she is",
    r"su peso": "her weight",
    r"cuanto pesa": "how much she weighs",
    r"su religion|de que religion es|si es catolica|si cree en dios": "her religion",
    r"su casta": "her caste",
    (
        r"por que (?:no (?:se ha casado|se caso|esta casad[oa]|tiene novio)|sigue solter[oa]"
        r"|esta solter[oa])"
    ): "why she isn't married",
    r"por que no (?:tienen|tiene) (?:hijos|ninos)": "why they have no children",
    r"fe[oa]s?|feit[oa]": "ugly",
    r"gord[oa]s?|gordit[oa]|llenit[oa]|pasad[oa] de peso": "fat",
    r"flac[oa]s?|flaquit[oa]|delgad[oa]s?": "thin",
    r"bonit[oa]s?|lind[oa]s?|preciosa|hermosa|chula": "pretty",
    r"guap[oa]s?|guapisim[oa]|buen mozo|buenmozo": "handsome",
    r"atractiv[oa]s?|sexy": "attractive",
    r"viej[oa]s?|ancian[oa]s?|mayor(?= que)": "old",
    r"joven|jovenes|jovencit[oa]": "young",
    r"mi cuerpo": "my body",
    r"mis muslos|mis piernas|mis pompis|mi trasero": "my thighs",
    r"mi cara|mi rostro": "my face",
    r"como me veo|como luzco|que tal me veo": "how i look",
    r"me veo|me ven": "i look",
    r"me veo gord[oa]": "i look fat",
    # places and times
    (
        r"en el (?:bus|autobus|camion|colectivo|bondi|micro|omnibus)|en la (?:guagua|micro|"
        r"buseta|camioneta)"
    ): "on the bus",
    r"en el metro|en el subte|en el metrobus": "on the metro",
    r"en el tren": "on the train",
    r"en la parada(?: del (?:bus|autobus|camion|colectivo))?|en la paradita": "at the bus stop",
    r"en la fila|en la cola": "in the queue",
    r"en la tienda|en el super|en el supermercado|en el mercado|en el colmado": "at the shop",
    r"en el cafe|en la cafeteria": "at the cafe",
    r"en la iglesia|en misa": "at church",
    r"del grupo de la iglesia|de la iglesia|de la parroquia": "from the church group",
    r"que (?:apenas |casi no |no )?conozco (?:poco|muy poco|de vista)|que apenas conozco"
    r"|que casi no conozco": "who i barely know",
    r"jugar": "play",
    r"el lunes|los lunes|este lunes": "on monday",
    r"el martes|los martes|este martes": "on tuesday",
    r"el miercoles|los miercoles|este miercoles": "on wednesday",
    r"el jueves|los jueves|este jueves": "on thursday",
    r"el viernes|los viernes|este viernes": "on friday",
    r"en la mezquita": "at the mosque",
    r"en el templo": "at the temple",
    r"en el trabajo|en la chamba|en la oficina|en el curro|en la pega": "at work",
    r"en su trabajo|a su trabajo|en su oficina": "at her work",
    r"afuera de su casa|fuera de su casa|frente a su casa|enfrente de su casa": "outside her house",
    r"despues de la fiesta|al salir de la fiesta": "after the party",
    r"esta noche|hoy en la noche|hoy a la noche|hoy por la noche|en la noche de hoy": "tonight",
    r"manana(?! (?:en|por) la)|pasado manana": "tomorrow",
    r"(?:en|por) la manana": "in the morning",
    r"el domingo|los domingos|este domingo": "on sunday",
    r"el sabado|los sabados|este sabado": "on saturday",
    # what is done
    r"sin decirle|sin avisarle|sin contarle|sin que (?:ella|el) sepa": "without telling her",
    r"sin preguntar(?:le)?|sin pedirle permiso": "without asking",
    r"de escondidas|a hurtadillas": "secretly",
    r"grabar la (?:llamada|conversacion|videollamada)|grabarle la llamada": "record the call",
    r"(?:una |hacer(?:le)? (?:una )?)?captura(?: de pantalla)?|un pantallazo": "screenshot",
    r"pantallazo|screenshot": "screenshot",
    r"(?:mandarlo|mandarla|pasarlo|pasarla|reenviarlo|enviarlo) al grupo": "send it to the group",
    r"al grupo|en el grupo": "to the group",
    r"ir a su trabajo|presentarme en su trabajo|aparecerme en su trabajo": "go to her work",
    r"sentarme con (?:ellos|ellas)|sentarme en su mesa": "sit with them",
    (
        r"sentarme (?:en|a) la mesa de (?:una pareja|un grupo|una familia|(?:unos )?desconocidos"
        r"|gente que no conozco)"
    ): "sit down at the table of strangers",
    r"una pareja|a una pareja|la pareja de al lado": "a couple",
    r"comer con (?:ellos|ellas)|cenar con (?:ellos|ellas)": "eat with them",
    r"proponer(?:le|les)?|propon(?:go|e)(?:le|les)?|le propongo": "suggest to",
    r"(?:que )?cenemos juntos|cenar juntos|(?:que )?salgamos a cenar": (
        "that we have dinner together"
    ),
    r"cuando le den el alta|cuando salga del hospital|despues del alta": "after his discharge",
    rf"{_THE}pacientes?": "the patient",
    r"(?:que )?(?:aun |todavia )?esta (?:a|en) (?:periodo de )?prueba": "who is still on probation",
    r"(?:que )?me (?:haga|cubra|hagas|cubras) (?:el|la|mi) (?:turno|guardia)": "to cover my shift",
    r"compartir su comida|comer de su comida|probar su comida": "share their food",
    r"caminar sobre el hielo|pisar el hielo|caminar en el hielo": "walk on the ice",
    (
        r"(?:que se suba|subirse|se suba|subir) (?:a mi|al|a su) (?:carro|coche|auto|"
        r"camioneta)"
    ): "get in my car",
    r"quedarme en su casa|dormir en su casa|quedarme a dormir": "stay at his place",
    (
        r"trabajar (?:el|los) domingos? (?:sin (?:paga|pago|cobrar|sueldo)|gratis|de "
        r"gratis)"
    ): "work on sunday without pay",
    r"sin paga|sin pago|sin goce de sueldo": "without pay",
    r"(?:que me traiga|traerme|me traiga) un regalo": "bring me a gift",
    r"un regalito|un regalo": "a gift",
    (
        r"que se suscriba a mi canal|que se suscriban a mi canal|suscribirse a mi canal|"
        r"suscribanse a mi canal"
    ): "subscribe to my channel",
    r"delante de todos|enfrente de todos|frente a todos": "in front of everyone",
    r"delante de todo el mundo": "in front of everyone",
    r"para que no (?:pueda decir que no|se pueda negar|diga que no)": "so he can't say no",
    r"si no(?= (?:me|lo|la|le|vienes|quieres|lo haces|aceptas))": "if you don't",
    r"de lo contrario|si no lo hace": "otherwise",
    r"(?:eso )?(?:significa|quiere decir) que no me quieres": "that means you don't love me",
    r"o sea que no me quieres|entonces no me quieres": "that means you don't love me",
    (
        r"aunque me (?:dijo|pidio) que la (?:dejara|deje) en paz|aunque me dijo que no la "
        r"molestara"
    ): "even though she told me to leave her alone",
    r"dejarla en paz|que la deje en paz": "leave her alone",
    # a coffee bought by anyone at all ("que me invite a un café, a quien sea")
    r"que me invite a|que me inviten a": "to buy me",
    r"a quien sea|a cualquiera|quien sea": "anyone",
    # when someone serving the user is off tonight ("a qué hora termina esta noche")
    r"a que hora (?:termina|sale|acaba)(?: (?:de trabajar|su turno))?(?= (?:esta noche|hoy))": (
        "what time she's done"
    ),
    r"tu pareja|tu novi[oa]|a tu pareja|a tu novi[oa]": "your partner",
    # a craft taught by someone the user met, the wool paid for ("le pago la lana")
    r"que conoci en": "whom i met at",
    r"(?:ensenar(?:me)?|me ensena|me ensenaria) a (?:tejer|coser|bordar|hacer (?:crochet"
    r"|ganchillo))": "teach me to sew or knit",
    r"(?:le|te|les) (?:pago|compro|pagare|pagaria) (?:la lana|el estambre|el hilo)": (
        "i pay her for the wool"
    ),
    r"una prorroga|mas plazo|mas tiempo para entregar": "an extension",
    # a child kept from school for the user's work ("que falte al colegio para cuidar mis ovejas")
    r"a mi niet[oa]|mi niet[oa]|mi nietecit[oa]": "my grandson",
    r"a mi hijo|mi hijo": "my son",
    r"a mi hija|mi hija": "my daughter",
    r"a mi sobrin[oa]|mi sobrin[oa]": "my nephew",
    (
        r"(?:que )?(?:falte|faltar|falta|falten|faltes|no vaya|no ir|se salte|saltarse|pierda"
        r"|perder)"
        r" (?:al colegio|a la escuela|a clase|a clases|al cole|al instituto|a la prepa|al liceo"
        r"|a la secundaria|la escuela|las clases|la clase|el colegio)"
    ): "to skip school",
    r"para cuidar|a cuidar|que cuide|cuidar": "to look after",
    r"para ayudarme|a ayudarme|que me ayude": "to help me",
    r"mis ovejas|las ovejas|mis cabras|mis vacas|el ganado|mis animales|el rebano": "my sheep",
    r"tengo guardia|estoy de guardia|tengo turno": "i have a shift",
    r"\(no la tengo\)|\(no lo tengo\)|\(no es cierto\)|\(mentira\)": "(i don't)",
    r"me cuelo|me cole|me colare|me voy a colar|colarme|colarse|nos colamos": "cut in",
    r"se queja(?:n)?|se enoja(?:n)?|se molesta(?:n)?|protesta(?:n)?|reclama(?:n)?": "complains",
    r"(?:le |les )?pido (?:perdon|disculpas)|pedir (?:perdon|disculpas)": "say sorry",
    r"(?:para|pa) que me cuele(?: delante)?|(?:para|pa) que me deje colarme": (
        "so that she lets me skip the queue"
    ),
    # a pupil asked for errands by the user as their teacher; a toll booth worker asked out
    r"(?:como|siendo) (?:su )?(?:profe|profesora?|maestr[oa]|docente)": "as a teacher",
    r"(?:a )?(?:un|una) alumn[oa]": "a pupil",
    r"que me lleve (?:el|mi) (?:auto|carro|coche)|llevarme (?:el|mi) (?:auto|carro|coche)": (
        "to take my car"
    ),
    r"invitar a salir|invitarla a salir|invitarlo a salir": "ask out",
    r"(?:que (?:cobra|trabaja|atiende) )?(?:en|del) (?:el )?(?:peaje|la caseta(?: de peaje)?)": (
        "at the toll booth"
    ),
    (
        r"(?:ella |el )?no se puede (?:ir|mover|escapar)|(?:ella |el )?no puede (?:irse|salir"
        r"|moverse|escaparse)"
    ): "she can't leave",
    r"jaja(?:ja)*|jeje(?:je)*": "lol",
    # a dance asked of strangers in a square or a park ("que baile cumbia conmigo ahí mismo");
    # a widow asked at the wake for her husband's things; the way to a hill asked in the street
    r"que baile|que bailen|que bailes|bailar|a bailar|bailar conmigo": "to dance",
    r"conmigo": "with me",
    r"ahi mismo|alli mismo|en ese mismo momento|en el acto": "right there",
    r"en (?:la|una) plaza|en (?:la|una) placita": "in the square",
    r"en medio (?:del|de un) parque|en medio de la plaza|en medio de la calle": (
        "in the middle of the park"
    ),
    r"en el parque|en un parque": "in the park",
    r"en la calle": "in the street",
    r"(?:la|a la|una|a una) viuda|(?:el|al|un|a un) viudo": "the widow",
    (
        r"en el (?:velorio|velatorio|funeral|entierro|sepelio|cementerio|panteon|novenario)|"
        r"en la (?:misa de difuntos|vela|funeraria)"
    ): "at the wake",
    r"(?:las |sus )?herramientas": "the tools",
    r"(?:las |sus )?cosas": "the things",
    r"de su (?:difunto |finado )?(?:esposo|marido)": "of her husband",
    r"como (?:llegar|llego|ir|voy|se llega|se va)(?: a| al| hasta)?": "how to get to",
}
