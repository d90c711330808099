"""A pet stroked with its owner's leave: the dog touched, no person.

"Ask a lady in the park if I can stroke her dog, and if she says no that's fine": the touch
lexicon (`core.asks.affection.TOUCH`) reads "stroke her" as touching the woman, and the ask
was refused as touch. What is stroked is her dog, asked of the owner as any passer-by may ask
("can I pet your dog?", "ask the owner if I can pat their puppy"). `core.asks.wants` reads
touch on the text with these spans blanked out, so a pet named straight after the verb and its
owner's word is not touch; "stroke her hair", "pet her" or "her dog and then her arm" are still
read. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_PETS = (
    r"(?:dogs?|doggos?|pupp(?:y|ies)|pups?|cats?|kittens?|kitty|horses?|pon(?:y|ies)|donkeys?"
    r"|rabbits?|bunn(?:y|ies)|guinea pigs?|hamsters?|parrots?|birds?|goats?|lambs?|calf|calves"
    r"|ferrets?|tortoises?|golden|lab|labrador|retriever|spaniel|poodle|pug|husky|corgi"
    r"|dachshund|terrier|collie|alsatian|bulldog|beagle|greyhound|whippet|chihuahua|boxer)"
)
PET_STROKED = words(
    r"(?:stroke|stroking|pet|petting|pat|patting|cuddle|cuddling|touch|touching|scratch"
    r"|scratching|hold|holding|play with|say hi to|give a treat to)"
    rf" (?:her|his|their|your|the|this|that|its|my \w+'s) (?:(?:[\w-]+ ){{0,2}}?){_PETS}s?\b"
    r"(?!'s)(?!,? (?:and|&|or|then|plus)(?: then| maybe| also)? (?:\w+ )?(?:her|him|his|them"
    r"|their)\b)",
)
"""A pet named as what is stroked ("stroke her dog", "pet their golden", "pat the big fluffy
puppy"); not when the person comes next ("her cat and her hair", "the dog and then him")."""
