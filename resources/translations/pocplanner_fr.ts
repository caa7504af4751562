<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About pocplanner</source>
        <translation>À propos de pocplanner</translation>
    </message>
    <message>
        <source>DejaVu fonts, embedded in printed plans: Bitstream Vera licence, DejaVu changes in the public domain (resources/fonts/LICENSE-DejaVu.txt).</source>
        <translation>Polices DejaVu, incorporées aux plans imprimés : licence Bitstream Vera, modifications DejaVu dans le domaine public (resources/fonts/LICENSE-DejaVu.txt).</translation>
    </message>
    <message>
        <source>Regions and cercles of Mali with their P-codes: OCHA Mali / DNCT via HDX; geoBoundaries (MLI ADM2, 2017), licence CC BY 4.0.</source>
        <translation>Régions et cercles du Mali avec leurs P-codes : OCHA Mali / DNCT via HDX ; geoBoundaries (MLI ADM2, 2017), licence CC BY 4.0.</translation>
    </message>
    <message>
        <source>Qt and PySide6 (LGPL v3), SQLCipher and sqlcipher3 (BSD-style), reportlab (BSD), pypdfium2 and PDFium (Apache 2.0 / BSD), cryptography (Apache 2.0 / BSD), sqlite-utils (Apache 2.0), jsonschema (MIT).</source>
        <translation>Qt et PySide6 (LGPL v3), SQLCipher et sqlcipher3 (type BSD), reportlab (BSD), pypdfium2 et PDFium (Apache 2.0 / BSD), cryptography (Apache 2.0 / BSD), sqlite-utils (Apache 2.0), jsonschema (MIT).</translation>
    </message>
    <message>
        <source>Protection-of-civilians planning for UN peacekeeping regional offices, offline.</source>
        <translation>Planification de la protection des civils pour les bureaux régionaux des opérations de maintien de la paix, hors ligne.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Where your files are</source>
        <translation>Où se trouvent vos fichiers</translation>
    </message>
</context>
<context>
    <name>AdvisoryPanel</name>
    <message>
        <source>&lt;b&gt;Advisories:&lt;/b&gt; %1 — double-click one to go to it</source>
        <translation>&lt;b&gt;Avis :&lt;/b&gt; %1 — double-cliquez sur un avis pour y aller</translation>
    </message>
    <message>
        <source>&lt;b&gt;Advisories:&lt;/b&gt; none — the plan passes every check</source>
        <translation>&lt;b&gt;Avis :&lt;/b&gt; aucun — le plan satisfait à tous les contrôles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Advisories:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Avis :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <source>Record an alert</source>
        <translation>Enregistrer une alerte</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The indicator's current level becomes this level</source>
        <translation>Le niveau actuel de l’indicateur devient ce niveau</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Set off</source>
        <translation>Déclenche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Civilians harmed</source>
        <translation>Civils touchés</translation>
    </message>
    <message>
        <source>Record alert %1</source>
        <translation>Enregistrer l’alerte %1</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>The plans are hidden and the database is closed (locked after a time without use, or on request). Give the database passphrase to go on.</source>
        <translation>Les plans sont masqués et la base est fermée (verrouillage après un temps d’inactivité, ou à la demande). Saisissez la phrase secrète de la base pour continuer.</translation>
    </message>
</context>
<context>
    <name>AssetTimeline</name>
    <message>
        <source>No activity names a scarce asset.</source>
        <translation>Aucune activité ne nomme un moyen rare.</translation>
    </message>
</context>
<context>
    <name>AssetsAvailable</name>
    <message>
        <source>Edit assets available</source>
        <translation>Modifier les moyens disponibles</translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Say where and when the plan applies and what the operating environment is like. These facts decide which cautions of the tool catalogue apply later: for example, where the mission itself is targeted, short visits and patrols put people at risk.</source>
        <translation>Indiquez où et quand le plan s’applique et quel est l’environnement opérationnel. Ces éléments déterminent les mises en garde du catalogue d’outils qui s’appliqueront ensuite : par exemple, là où la mission elle-même est visée, les visites courtes et les patrouilles exposent la population.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Sensitivity marking</source>
        <translation>Mention de sensibilité</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Langue du plan</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— non précisé —</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>a role or body, e.g. Regional POC task force — no names or phone numbers</source>
        <translation>une fonction ou une instance, p. ex. Groupe de travail régional PdC — ni noms ni numéros de téléphone</translation>
    </message>
    <message>
        <source>Areas covered</source>
        <translation>Zones couvertes</translation>
    </message>
    <message>
        <source>Search, or type a place not in the list…</source>
        <translation>Cherchez, ou saisissez un lieu absent de la liste…</translation>
    </message>
    <message>
        <source>Add place</source>
        <translation>Ajouter le lieu</translation>
    </message>
    <message>
        <source>Cercles from the gazetteer (%1). Places outside it — villages, communes, axes, newer regions — can be added.</source>
        <translation>Cercles du répertoire géographique (%1). Les lieux qui n’y figurent pas — villages, communes, axes, régions récentes — peuvent être ajoutés.</translation>
    </message>
    <message>
        <source>Operating context</source>
        <translation>Contexte opérationnel</translation>
    </message>
    <message>
        <source>Mission targeted by asymmetric attacks</source>
        <translation>Mission visée par des attaques asymétriques</translation>
    </message>
    <message>
        <source>Counter-terrorism forces operating</source>
        <translation>Forces antiterroristes en opération</translation>
    </message>
    <message>
        <source>State presence</source>
        <translation>Présence de l’État</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Host-state consent</source>
        <translation>Consentement de l’État hôte</translation>
    </message>
    <message>
        <source>Mission drawing down</source>
        <translation>Mission en phase de retrait</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Mandate language</source>
        <translation>Termes du mandat</translation>
    </message>
    <message>
        <source>Mandate ends</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>Scarce assets the region can count on</source>
        <translation>Moyens rares sur lesquels la région peut compter</translation>
    </message>
    <message>
        <source>Change areas</source>
        <translation>Modifier les zones</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Ajouter une zone</translation>
    </message>
</context>
<context>
    <name>DatabaseTools</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;Import incident data…</source>
        <translation>&amp;Importer des données d’incidents…</translation>
    </message>
    <message>
        <source>Incident &amp;sources…</source>
        <translation>&amp;Sources d’incidents…</translation>
    </message>
    <message>
        <source>Mission &amp;network…</source>
        <translation>Réseau de la &amp;mission…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la phrase &amp;secrète…</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase…</source>
        <translation>Protéger par une phrase &amp;secrète…</translation>
    </message>
    <message>
        <source>Close every open plan first.</source>
        <translation>Fermez d’abord tous les plans ouverts.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The database and its backups will be encrypted with the new passphrase.</source>
        <translation>La base et ses sauvegardes seront chiffrées avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Encrypt the database and its backups, so that a lost or seized laptop reveals no plan. pocplanner will ask for the passphrase at every start. Without it the plans cannot be recovered: keep it safe, away from the laptop.</source>
        <translation>Chiffrer la base et ses sauvegardes, pour qu’un ordinateur perdu ou saisi ne révèle aucun plan. pocplanner demandera la phrase secrète à chaque démarrage. Sans elle, les plans sont irrécupérables : conservez-la en lieu sûr, loin de l’ordinateur.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La phrase secrète actuelle est inexacte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation>Chiffrement de la base de données et de ses sauvegardes…</translation>
    </message>
    <message>
        <source>The database and its backups are now encrypted.</source>
        <translation>La base et ses sauvegardes sont désormais chiffrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be re-encrypted and were left as they were.</source>
        <translation>
            <numerusform>%n sauvegarde n’a pas pu être rechiffrée et a été laissée telle quelle.</numerusform>
            <numerusform>%n sauvegardes n’ont pas pu être rechiffrées et ont été laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>These copies made outside the backups folder are not encrypted by this change; delete them or keep them safe:</source>
        <translation>Ces copies faites hors du dossier des sauvegardes ne sont pas chiffrées par ce changement ; supprimez-les ou mettez-les en lieu sûr :</translation>
    </message>
    <message>
        <source>Close the plans first</source>
        <translation>Fermez d’abord les plans</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>pocplanner backups (*.db)</source>
        <translation>Sauvegardes pocplanner (*.db)</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Restaurer la sauvegarde ?</translation>
    </message>
    <message>
        <source>Replace every plan by the content of %1? The library as it is now is backed up first.</source>
        <translation>Remplacer tous les plans par le contenu de %1 ? La bibliothèque actuelle est d’abord sauvegardée.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restaurée</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restaurée.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick a date in a calendar</source>
        <translation>Choisir une date dans un calendrier</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as %2 (or %3). The date was not changed.</source>
        <translation>« %1 » n’est pas une date. Tapez-la sous la forme %2 (ou %3). La date n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>DepartureView</name>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Priority threats</source>
        <translation>Menaces prioritaires</translation>
    </message>
    <message>
        <source>Sites closing</source>
        <translation>Sites qui ferment</translation>
    </message>
    <message>
        <source>Last security</source>
        <translation>Dernière sécurité</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Passations</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
</context>
<context>
    <name>DueDiligenceView</name>
    <message>
        <source>it is marked so</source>
        <translation>elle est marquée ainsi</translation>
    </message>
    <message>
        <source>it relies on named assessments</source>
        <translation>elle s’appuie sur des évaluations nommées</translation>
    </message>
    <message>
        <source>it is joint with the host state (military or police, host state supporting its response)</source>
        <translation>elle est menée conjointement avec l’État hôte (militaire ou police, l’État hôte appuyant sa réponse)</translation>
    </message>
    <message>
        <source>Does not count as support to non-UN forces.</source>
        <translation>Ne compte pas comme un appui à des forces non onusiennes.</translation>
    </message>
    <message>
        <source>Counts as support to non-UN forces because %1.</source>
        <translation>Compte comme un appui à des forces non onusiennes, car %1.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Force supported</source>
        <translation>Force appuyée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>a unit or formation, never a person</source>
        <translation>une unité ou une formation, jamais une personne</translation>
    </message>
    <message>
        <source>Kind of force</source>
        <translation>Type de force</translation>
    </message>
    <message>
        <source>Risk of grave violations</source>
        <translation>Risque de violations graves</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Mitigations (one a line)</source>
        <translation>Mesures d’atténuation (une par ligne)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Examinée le</translation>
    </message>
    <message>
        <source>Relies on assessments</source>
        <translation>S’appuie sur</translation>
    </message>
    <message>
        <source>Remove assessment</source>
        <translation>Supprimer l’évaluation</translation>
    </message>
    <message>
        <source>Suspended: this stops %1.</source>
        <translation>Suspendue : cela arrête %1.</translation>
    </message>
    <message>
        <source>Relied on by: %1</source>
        <translation>Activités qui s’y appuient : %1</translation>
    </message>
    <message>
        <source>No activity relies on this assessment yet.</source>
        <translation>Aucune activité ne s’appuie encore sur cette évaluation.</translation>
    </message>
</context>
<context>
    <name>EarlyWarningPage</name>
    <message>
        <source>Early warning and contingencies</source>
        <translation>Alerte précoce et contingences</translation>
    </message>
    <message>
        <source>For each priority threat, say what warns of it, who watches, and what is done at each level — watch, alert, crisis: the responses and activities agreed in advance, who decides and how fast. An alert nobody answers destroys the trust of those who raised it. Then prepare the scenarios: the most likely and the worst case.</source>
        <translation>Pour chaque menace prioritaire, dites ce qui l’annonce, qui surveille et ce qui est fait à chaque niveau — veille, alerte, crise : les réponses et activités convenues à l’avance, qui décide et en combien de temps. Une alerte sans réponse détruit la confiance de ceux qui l’ont lancée. Préparez ensuite les scénarios : le plus probable et le pire.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revu le</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>&amp;Ajouter un indicateur</translation>
    </message>
    <message>
        <source>From the &amp;threats' indicators</source>
        <translation>Depuis les indicateurs des &amp;menaces</translation>
    </message>
    <message>
        <source>One indicator for each early-warning indicator written in a threat and not yet in the matrix</source>
        <translation>Un indicateur pour chaque indicateur d’alerte précoce écrit dans une menace et absent de la matrice</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>What is observed</source>
        <translation>Ce qui est observé</translation>
    </message>
    <message>
        <source>Warns of</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Places (one per line)</source>
        <translation>Lieux (un par ligne)</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revu le</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Who decides</source>
        <translation>Qui décide</translation>
    </message>
    <message>
        <source>Reaction within</source>
        <translation>Réaction sous</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Level board</source>
        <translation>Tableau des niveaux</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>From the &amp;threats' indicators (%1)</source>
        <translation>Depuis les indicateurs des &amp;menaces (%1)</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Indicators from the threats</source>
        <translation>Indicateurs tirés des menaces</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Retirer l’indicateur</translation>
    </message>
</context>
<context>
    <name>EngagementPage</name>
    <message>
        <source>Community-engagement risks</source>
        <translation>Risques de l’engagement communautaire</translation>
    </message>
    <message>
        <source>Talking to communities saves lives through early warning, but people seen with the mission have been threatened, abducted and killed. Before the plan is final, assess each activity that engages communities: the risks, what lowers them, what is left, and who decided to go ahead.</source>
        <translation>Le dialogue avec les communautés sauve des vies grâce à l’alerte précoce, mais des personnes vues avec la mission ont été menacées, enlevées et tuées. Avant que le plan ne soit définitif, évaluez chaque activité qui engage les communautés : les risques, ce qui les réduit, ce qui subsiste, et qui a décidé d’aller de l’avant.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Assess the risks of this activity</source>
        <translation>Évaluer les risques de cette activité</translation>
    </message>
    <message>
        <source>⚠ Record groups, never named people: no names, phone numbers or e-mail addresses of interlocutors anywhere in the plan.</source>
        <translation>⚠ Consignez des groupes, jamais des personnes nommées : aucun nom, numéro de téléphone ni adresse électronique d’interlocuteur, nulle part dans le plan.</translation>
    </message>
    <message>
        <source>Communities engaged (groups, one per line)</source>
        <translation>Communautés engagées (groupes, un par ligne)</translation>
    </message>
    <message>
        <source>Risks (likelihood × impact before mitigation)</source>
        <translation>Risques (probabilité × impact avant atténuation)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d’atténuation</translation>
    </message>
    <message>
        <source>Add a custom mitigation…</source>
        <translation>Ajouter une mesure personnalisée…</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Probabilité résiduelle</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Impact résiduel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rationale of the decision</source>
        <translation>Justification de la décision</translation>
    </message>
    <message>
        <source>Decided by (role)</source>
        <translation>Décidé par (fonction)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>residual %1</source>
        <translation>résiduel %1</translation>
    </message>
    <message>
        <source>Highest inherent risk: %1 · residual risk: %2</source>
        <translation>Risque inhérent le plus élevé : %1 · risque résiduel : %2</translation>
    </message>
    <message>
        <source>Edit risks</source>
        <translation>Modifier les risques</translation>
    </message>
    <message>
        <source>Edit mitigations</source>
        <translation>Modifier les mesures d’atténuation</translation>
    </message>
    <message>
        <source>Custom mitigation</source>
        <translation>Mesure personnalisée</translation>
    </message>
    <message>
        <source>Mitigation:</source>
        <translation>Mesure :</translation>
    </message>
    <message>
        <source>Add mitigation</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Assess engagement risks</source>
        <translation>Évaluer les risques de l’engagement</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Voir sur la carte</translation>
    </message>
    <message>
        <source>Add its place…</source>
        <translation>Ajouter son lieu…</translation>
    </message>
    <message>
        <source>Add the place of an event the gazetteer could not place, with its coordinates when known</source>
        <translation>Ajouter le lieu d’un événement que le répertoire géographique n’a pas pu placer, avec ses coordonnées si elles sont connues</translation>
    </message>
    <message>
        <source>%1 events, newest first (the first %1 only)</source>
        <translation>%1 événements, les plus récents d’abord (les %1 premiers seulement)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>(region only)</source>
        <translation>(région seulement)</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>non placé</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>last %1 days before the plan</source>
        <translation>%1 derniers jours avant le plan</translation>
    </message>
    <message>
        <source>&amp;Take as evidence</source>
        <translation>&amp;Retenir comme données</translation>
    </message>
    <message>
        <source>Store these counts in the plan, with their sources named; the events themselves stay here</source>
        <translation>Enregistrer ces totaux dans le plan, avec leurs sources ; les événements eux-mêmes restent ici</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import incident data (ACLED, UCDP GED, the mission's log)</source>
        <translation>Importer des données d’incidents (ACLED, UCDP GED, registre de la mission)</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Acteurs :</translation>
    </message>
    <message>
        <source>all actors — or pick one, or type part of a name (several: a; b)</source>
        <translation>tous les acteurs — ou choisissez-en un, ou tapez une partie d’un nom (plusieurs : a ; b)</translation>
    </message>
    <message>
        <source>Count only the events of these actors (the perpetrators the sources name); the choice is kept with the evidence taken</source>
        <translation>Ne compter que les événements de ces acteurs (les auteurs que nomment les sources) ; le choix est gardé avec les données retenues</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Select a threat to see the incidents behind it.</source>
        <translation>Choisissez une menace pour voir les incidents qui la fondent.</translation>
    </message>
    <message>
        <source>no cercle known</source>
        <translation>aucun cercle connu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: events of its category in %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : événements de sa catégorie à %2 (%3)</translation>
    </message>
    <message>
        <source>its locations</source>
        <translation>ses lieux</translation>
    </message>
    <message>
        <source>the plan's region: the threat names no place the map knows</source>
        <translation>la région du plan : la menace ne nomme aucun lieu connu de la carte</translation>
    </message>
    <message>
        <source>only the events of %1</source>
        <translation>seulement les événements de %1</translation>
    </message>
    <message>
        <source>%1 – %2, against %3 – %4</source>
        <translation>%1 – %2, contre %3 – %4</translation>
    </message>
    <message>
        <source>No incident data in this database yet: import an ACLED export, a UCDP GED file or the mission's incident log.</source>
        <translation>Pas encore de données d’incidents dans cette base : importez un export ACLED, un fichier UCDP GED ou le registre des incidents de la mission.</translation>
    </message>
    <message>
        <source>all actors</source>
        <translation>tous les acteurs</translation>
    </message>
    <message>
        <source>No evidence taken into the plan for this threat yet.</source>
        <translation>Aucune donnée retenue dans le plan pour cette menace pour l’instant.</translation>
    </message>
    <message>
        <source>In the plan: %1 — %2 events, %3 – %4</source>
        <translation>Dans le plan : %1 — %2 événements, %3 – %4</translation>
    </message>
    <message>
        <source>Take evidence for %1</source>
        <translation>Retenir les données pour %1</translation>
    </message>
</context>
<context>
    <name>FollowUpMenu</name>
    <message>
        <source>Fo&amp;llow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>Record a task force &amp;review…</source>
        <translation>Enregistrer une &amp;revue du groupe de travail…</translation>
    </message>
    <message>
        <source>Export the POC &amp;status report…</source>
        <translation>Exporter le rapport de &amp;situation POC…</translation>
    </message>
    <message>
        <source>&amp;Apply the latest review's threat changes</source>
        <translation>&amp;Reporter au registre les changements de menaces de la dernière revue</translation>
    </message>
    <message>
        <source>The register already holds the latest review's changes.</source>
        <translation>Le registre contient déjà les changements de la dernière revue.</translation>
    </message>
    <message>
        <source>Apply the review's threat changes</source>
        <translation>Reporter les changements de menaces de la revue</translation>
    </message>
    <message>
        <source>Export the POC status report</source>
        <translation>Exporter le rapport de situation POC</translation>
    </message>
    <message>
        <source>%1-status.pdf</source>
        <translation>%1-situation.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>Le PDF n’a pas été écrit</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <source>The end is before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
    <message>
        <source>This looks like personal contact details (%1). Record groups and roles, never a person's phone number or e-mail address.</source>
        <translation>Ceci ressemble à des coordonnées personnelles (%1). Consignez des groupes et des fonctions, jamais le numéro de téléphone ou l’adresse électronique d’une personne.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>(no such item)</source>
        <translation>(élément inexistant)</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>%1 closes</source>
        <translation>fermeture de %1</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Place / activity</source>
        <translation>Lieu / activité</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; — drag a bar to move an activity; click a place to fold it</source>
        <translation>&lt;b&gt;Chronogramme&lt;/b&gt; — faites glisser une barre pour déplacer une activité ; cliquez sur un lieu pour le replier</translation>
    </message>
    <message>
        <source>Rows by place</source>
        <translation>Lignes par lieu</translation>
    </message>
    <message>
        <source>Rows by component</source>
        <translation>Lignes par composante</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Zoom (also Ctrl + mouse wheel on the chart)</source>
        <translation>Zoom (aussi Ctrl + molette de la souris sur le chronogramme)</translation>
    </message>
    <message>
        <source>All arrows</source>
        <translation>Toutes les flèches</translation>
    </message>
    <message>
        <source>On a large plan only the selected activity's dependency arrows are drawn; tick to see them all</source>
        <translation>Sur un grand plan, seules les flèches de dépendance de l’activité sélectionnée sont tracées ; cochez pour les voir toutes</translation>
    </message>
    <message>
        <source>security cover</source>
        <translation>couverture de sécurité</translation>
    </message>
    <message>
        <source>needs security cover</source>
        <translation>requiert une couverture de sécurité</translation>
    </message>
    <message>
        <source>engages communities</source>
        <translation>implique les communautés</translation>
    </message>
    <message>
        <source>contingent on a scenario</source>
        <translation>conditionnée à un scénario</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>actual dates</source>
        <translation>dates réelles</translation>
    </message>
    <message>
        <source>runs from a site already closed</source>
        <translation>part d’un site déjà fermé</translation>
    </message>
    <message>
        <source>runs while the other is in place</source>
        <translation>se déroule pendant que l’autre est en place</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <source>Only activities with advisories</source>
        <translation>Seulement les activités avec avis</translation>
    </message>
    <message>
        <source>Component: %1</source>
        <translation>Composante : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Réponse : %1</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>pocplanner help</source>
        <translation>Aide de pocplanner</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>pocplanner &amp;help</source>
        <translation>&amp;Aide de pocplanner</translation>
    </message>
    <message>
        <source>A &amp;tour of the %1 steps</source>
        <translation>&amp;Visite guidée des %1 étapes</translation>
    </message>
    <message>
        <source>&amp;About pocplanner</source>
        <translation>À &amp;propos de pocplanner</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions of the plan</source>
        <translation>Versions du plan</translation>
    </message>
    <message>
        <source>Every save keeps a version. Select one to see what it changed, or restore it (it becomes a new version).</source>
        <translation>Chaque enregistrement conserve une version. Sélectionnez-en une pour voir ce qu’elle a changé, ou restaurez-la (elle devient une nouvelle version).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Computer account</source>
        <translation>Compte de l’ordinateur</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>The first saved version.</source>
        <translation>La première version enregistrée.</translation>
    </message>
    <message>
        <source>Changes from version %1:</source>
        <translation>Modifications depuis la version %1 :</translation>
    </message>
    <message>
        <source>Plan fields: %1</source>
        <translation>Champs du plan : %1</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté(s)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé(s)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié(s)</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Aucune différence.</translation>
    </message>
</context>
<context>
    <name>IncidentImporter</name>
    <message>
        <source>Import incident data</source>
        <translation>Importer des données d’incidents</translation>
    </message>
    <message>
        <source>Incident files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers d’incidents (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>L’importation a été arrêtée ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>line %1 skipped: %2</source>
        <translation>ligne %1 ignorée : %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 events, of which %4 were already stored.</source>
        <translation>%1 : %2 lignes, %3 événements, dont %4 déjà enregistrés.</translation>
    </message>
    <message>
        <source>Placed by their coordinates: %1 · by their cercle's name: %2 · in a region only: %3 · not placed: %4</source>
        <translation>Placés par leurs coordonnées : %1 · par le nom de leur cercle : %2 · dans une région seulement : %3 · non placés : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were skipped (see the details).</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être lue et a été ignorée (voir les détails).</numerusform>
            <numerusform>%n lignes n’ont pas pu être lues et ont été ignorées (voir les détails).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools ▸ Incident sources shows the sources and how their event types count towards the threat categories.</source>
        <translation>Outils ▸ Sources d’incidents montre les sources et comment leurs types d’événements comptent pour les catégories de menaces.</translation>
    </message>
</context>
<context>
    <name>IncidentSourcesDialog</name>
    <message>
        <source>Incident sources</source>
        <translation>Sources d’incidents</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Events from</source>
        <translation>Événements du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Sub-event type</source>
        <translation>Sous-type</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <source>&amp;Import incident data…</source>
        <translation>&amp;Importer des données d’incidents…</translation>
    </message>
    <message>
        <source>&amp;Delete this source</source>
        <translation>&amp;Supprimer cette source</translation>
    </message>
    <message>
        <source>%1 by coordinates, %2 by name, %3 region only, %4 not placed</source>
        <translation>%1 par coordonnées, %2 par nom, %3 région seulement, %4 non placés</translation>
    </message>
    <message>
        <source>No incident data yet: import an ACLED export, a UCDP GED file or the mission's incident log.</source>
        <translation>Pas encore de données d’incidents : importez un export ACLED, un fichier UCDP GED ou le registre des incidents de la mission.</translation>
    </message>
    <message>
        <source>Attribution: %1</source>
        <translation>Attribution : %1</translation>
    </message>
    <message>
        <source>— no threat category —</source>
        <translation>— aucune catégorie de menace —</translation>
    </message>
    <message>
        <source> (civilians harmed)</source>
        <translation> (civils touchés)</translation>
    </message>
    <message>
        <source>Delete the source?</source>
        <translation>Supprimer la source ?</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and its %3 events from the database? Evidence already taken into plans keeps its counts.</source>
        <translation>Supprimer %1 (%2) et ses %3 événements de la base ? Les données déjà retenues dans des plans gardent leurs totaux.</translation>
    </message>
</context>
<context>
    <name>LevelBoard</name>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>Niveau le plus élevé</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Oldest review</source>
        <translation>Revue la plus ancienne</translation>
    </message>
    <message>
        <source>No indicator names a place yet.</source>
        <translation>Aucun indicateur ne nomme encore de lieu.</translation>
    </message>
    <message>
        <source>Record an alert…</source>
        <translation>Enregistrer une alerte…</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Reaction / promised</source>
        <translation>Délai / promis</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Alert log</source>
        <translation>Journal des alertes</translation>
    </message>
    <message>
        <source>Slower than the matrix promises (EW-SLOW)</source>
        <translation>Plus lent que ce que promet la matrice (EW-SLOW)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>pocplanner — plan library</source>
        <translation>pocplanner — bibliothèque des plans</translation>
    </message>
    <message>
        <source>No plans yet. Use &lt;b&gt;New plan&lt;/b&gt; to start one, or &lt;b&gt;Import file…&lt;/b&gt; to add a plan received from another office.</source>
        <translation>Aucun plan pour l’instant. Utilisez &lt;b&gt;Nouveau plan&lt;/b&gt; pour en commencer un, ou &lt;b&gt;Importer un fichier…&lt;/b&gt; pour ajouter un plan reçu d’un autre bureau.</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan (a fictitious example)</source>
        <translation>Ouvrir le plan de &amp;démonstration (un exemple fictif)</translation>
    </message>
    <message>
        <source>Take the &amp;tour of the %1 steps</source>
        <translation>Faire la &amp;visite guidée des %1 étapes</translation>
    </message>
    <message>
        <source>Search plans by title, region or id…</source>
        <translation>Chercher un plan par titre, région ou identifiant…</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nouveau plan</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>&amp;Export file…</source>
        <translation>&amp;Exporter un fichier…</translation>
    </message>
    <message>
        <source>Export &amp;encrypted file…</source>
        <translation>Exporter un fichier &amp;chiffré…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Mission view…</source>
        <translation>Vue de la &amp;mission…</translation>
    </message>
    <message>
        <source>Open the &amp;drawdown example (French)</source>
        <translation>Ouvrir l’exemple de &amp;retrait (en français)</translation>
    </message>
    <message>
        <source>Open the example &amp;in motion (status, alerts, review)</source>
        <translation>Ouvrir l’exemple &amp;en cours (statuts, alertes, revue)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>Plan database</source>
        <translation>Base des plans</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Support log</source>
        <translation>Journal d’assistance</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>New POC plan</source>
        <translation>Nouveau plan PdC</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Events per cercle in the year before the plan starts, from the imported incident data</source>
        <translation>Événements par cercle dans l’année précédant le début du plan, d’après les données d’incidents importées</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Each event with coordinates as a point, sized by its fatalities, in the period chosen before the plan starts (shown here only, never printed)</source>
        <translation>Chaque événement doté de coordonnées, en point dont la taille suit le nombre de morts, sur la période choisie avant le début du plan (affiché ici seulement, jamais imprimé)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Left end: the whole period. Move right to see a day: faded markers do not run that day; a red ring needs security cover that is not there.</source>
        <translation>À gauche : toute la période. Déplacez vers la droite pour voir un jour : les marqueurs estompés ne sont pas actifs ce jour-là ; un anneau rouge signale une couverture sécuritaire requise mais absente.</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <source>Add a place…</source>
        <translation>Ajouter un lieu…</translation>
    </message>
    <message>
        <source>Tell the map where a place it does not know is</source>
        <translation>Indiquer à la carte où se trouve un lieu qu’elle ne connaît pas</translation>
    </message>
    <message>
        <source>Highest risk:</source>
        <translation>Risque le plus élevé :</translation>
    </message>
    <message>
        <source>needs security cover that is not there</source>
        <translation>couverture sécuritaire requise mais absente</translation>
    </message>
    <message>
        <source>area held by a static presence (its radius)</source>
        <translation>zone tenue par une présence fixe (son rayon)</translation>
    </message>
    <message>
        <source>whole period</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <source>Not placed on the map: %1</source>
        <translation>Non placés sur la carte : %1</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <source>The place could not be saved: %1</source>
        <translation>Le lieu n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Pin the selected activity here</source>
        <translation>Épingler ici l’activité sélectionnée</translation>
    </message>
    <message>
        <source>Not running on this day</source>
        <translation>Pas en cours ce jour-là</translation>
    </message>
    <message>
        <source>Security cover: held</source>
        <translation>Couverture sécuritaire : assurée</translation>
    </message>
    <message>
        <source>Security cover: missing</source>
        <translation>Couverture sécuritaire : absente</translation>
    </message>
    <message>
        <source>Highest threat risk: %1</source>
        <translation>Risque de menace le plus élevé : %1</translation>
    </message>
    <message>
        <source>Threats: %1</source>
        <translation>Menaces : %1</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Activités : %1</translation>
    </message>
    <message>
        <source>Site %1 closes on %2</source>
        <translation>Le site %1 ferme le %2</translation>
    </message>
    <message>
        <source>Incidents in the year before the plan: %1</source>
        <translation>Incidents dans l’année avant le plan : %1</translation>
    </message>
    <message>
        <source>Nothing of the plan here</source>
        <translation>Rien du plan ici</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of an incident table</source>
        <translation>Faire correspondre les colonnes d’une table d’incidents</translation>
    </message>
    <message>
        <source>%1 is not an ACLED, UCDP GED or incident log file. Say which of its columns holds what; the mapping is saved under its name for the next export of the same system.</source>
        <translation>%1 n’est pas un fichier ACLED, UCDP GED ou un journal d’incidents. Indiquez ce que contient chacune de ses colonnes ; la correspondance est enregistrée sous son nom pour le prochain export du même système.</translation>
    </message>
    <message>
        <source>— a new layout —</source>
        <translation>— une nouvelle disposition —</translation>
    </message>
    <message>
        <source>e.g. the mission's incident database</source>
        <translation>p. ex. la base d’incidents de la mission</translation>
    </message>
    <message>
        <source>Saved layouts</source>
        <translation>Dispositions enregistrées</translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation>Nom de la disposition</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save and import</source>
        <translation>Enregistrer et importer</translation>
    </message>
    <message>
        <source>Date (required)</source>
        <translation>Date (obligatoire)</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Actors (several: a; b)</source>
        <translation>Acteurs (plusieurs : a ; b)</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>Give the layout a name.</source>
        <translation>Donnez un nom à la disposition.</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lisible</translation>
    </message>
</context>
<context>
    <name>MissionDueDiligence</name>
    <message>
        <source>Force supported</source>
        <translation>Force appuyée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Different statuses across the plans (CONS-HRDDP)</source>
        <translation>Statuts différents selon les plans (CONS-HRDDP)</translation>
    </message>
</context>
<context>
    <name>MissionView</name>
    <message>
        <source>Mission view</source>
        <translation>Vue de la mission</translation>
    </message>
    <message>
        <source>&amp;Open files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Write a &amp;review note…</source>
        <translation>Écrire une note de &amp;revue…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de revue</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Situation au</translation>
    </message>
    <message>
        <source>Late activities</source>
        <translation>Activités en retard</translation>
    </message>
    <message>
        <source>Slow alerts</source>
        <translation>Alertes trop lentes</translation>
    </message>
    <message>
        <source>Days since review</source>
        <translation>Jours depuis la revue</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>Niveau I</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Niveau II</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Niveau III</translation>
    </message>
    <message>
        <source>Engagement assessments</source>
        <translation>Évaluations d’engagement</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Categories × regions</source>
        <translation>Catégories × régions</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <translation>Diligence voulue</translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Only physical protection (tier 2)</source>
        <translation>Seulement de la protection physique (niveau II)</translation>
    </message>
    <message>
        <source>%1 plans · %2 cross-plan advisories</source>
        <translation>%1 plans · %2 avis entre plans</translation>
    </message>
    <message>
        <source>Open plans from the regions</source>
        <translation>Ouvrir des plans des régions</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Fichiers de plan (*.json)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation>Fichier chiffré</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1 :</translation>
    </message>
    <message>
        <source>Export the mission view</source>
        <translation>Exporter la vue de la mission</translation>
    </message>
    <message>
        <source>mission-view</source>
        <translation>vue-mission</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>Le PDF n’a pas été écrit</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>%1 came from a file: import it into the library first, then write the note.</source>
        <translation>%1 vient d’un fichier : importez-le d’abord dans la bibliothèque, puis écrivez la note.</translation>
    </message>
    <message>
        <source>HQ's comments on %1, for the region:</source>
        <translation>Commentaires du QG sur %1, pour la région :</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Mission network</source>
        <translation>Réseau de la mission</translation>
    </message>
    <message>
        <source>Plans travel by themselves between this laptop and HQ (or the offices) over Syncthing, encrypted with the mission network passphrase. Nothing is merged silently: two versions made from the same one are both kept.</source>
        <translation>Les plans circulent d’eux-mêmes entre cet ordinateur et le QG (ou les bureaux) par Syncthing, chiffrés avec la phrase secrète du réseau de la mission. Rien n’est fusionné en silence : deux versions faites à partir de la même sont conservées toutes les deux.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Identifiant d’appareil</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Waiting to go</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Arrived, not read</source>
        <translation>Arrivés, non lus</translation>
    </message>
    <message>
        <source>&amp;Start the engine</source>
        <translation>&amp;Démarrer le moteur</translation>
    </message>
    <message>
        <source>S&amp;top the engine</source>
        <translation>&amp;Arrêter le moteur</translation>
    </message>
    <message>
        <source>&amp;Receive now</source>
        <translation>&amp;Recevoir maintenant</translation>
    </message>
    <message>
        <source>Set this laptop up</source>
        <translation>Inscrire cet ordinateur</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Bureau régional</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>QG</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name on the network</source>
        <translation>Nom sur le réseau</translation>
    </message>
    <message>
        <source>Reached at</source>
        <translation>Joignable à</translation>
    </message>
    <message>
        <source>Mission network passphrase</source>
        <translation>Phrase secrète du réseau de la mission</translation>
    </message>
    <message>
        <source>Set &amp;up</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Add a peer (HQ for an office; each office for HQ)</source>
        <translation>Ajouter un pair (le QG pour un bureau ; chaque bureau pour le QG)</translation>
    </message>
    <message>
        <source>tcp://HOST:PORT</source>
        <translation>tcp://HÔTE:PORT</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Re&amp;move the selected peer</source>
        <translation>Re&amp;tirer le pair sélectionné</translation>
    </message>
    <message>
        <source>Unplug %1? Nothing more will go to it or come from it; what it sent stays in the library.</source>
        <translation>Débrancher %1 ? Plus rien ne lui sera envoyé ni ne viendra de lui ; ce qu’il a envoyé reste dans la bibliothèque.</translation>
    </message>
    <message>
        <source>%1 file(s) read: %2 new plan(s), %3 new version(s), %4 fork(s), %5 refused.</source>
        <translation>%1 fichier(s) lu(s) : %2 nouveau(x) plan(s), %3 nouvelle(s) version(s), %4 divergence(s), %5 refusé(s).</translation>
    </message>
    <message>
        <source>This laptop is not on the mission network yet.</source>
        <translation>Cet ordinateur n’est pas encore sur le réseau de la mission.</translation>
    </message>
    <message>
        <source>%1 (%2). This laptop's device id, to give to its peers:
%3</source>
        <translation>%1 (%2). Identifiant d’appareil de cet ordinateur, à donner à ses pairs :
%3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The engine is running.</source>
        <translation>Le moteur tourne.</translation>
    </message>
    <message>
        <source>The engine is stopped: nothing travels until it is started.</source>
        <translation>Le moteur est arrêté : rien ne circule tant qu’il n’est pas démarré.</translation>
    </message>
    <message>
        <source>Files arrived and not read yet: %1. Files refused: %2.</source>
        <translation>Fichiers arrivés et pas encore lus : %1. Fichiers refusés : %2.</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>Refusé : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle :</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>La même, à nouveau :</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>— not stated —</source>
        <translation>— non précisé —</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— non indiqué —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Removing %1 also changes other parts of the plan:</source>
        <translation>Retirer %1 modifie aussi d’autres éléments du plan :</translation>
    </message>
    <message>
        <source>removed with it: %1</source>
        <translation>retirés en même temps : %1</translation>
    </message>
    <message>
        <source>no longer linked to it: %1</source>
        <translation>qui n’y sont plus rattachés : %1</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) brings everything back.</source>
        <translation>Édition ▸ Annuler (Ctrl+Z) rétablit le tout.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Retirer %1 ?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Add a place</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <source>— from the coordinates —</source>
        <translation>— d’après les coordonnées —</translation>
    </message>
    <message>
        <source>e.g. -3.42 (west is negative)</source>
        <translation>ex. -3,42 (négatif à l’ouest)</translation>
    </message>
    <message>
        <source>e.g. 14.05</source>
        <translation>ex. 14,05</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>The map follows the administrative frame before 2016 (Ménaka is a cercle of Gao). Coordinates, when given, place the point and decide the cercle.</source>
        <translation>La carte suit le découpage administratif antérieur à 2016 (Ménaka est un cercle de Gao). Les coordonnées, si elles sont données, placent le point et déterminent le cercle.</translation>
    </message>
    <message>
        <source>Longitude and latitude are decimal numbers, e.g. -3.42 and 14.05.</source>
        <translation>La longitude et la latitude sont des nombres décimaux, par ex. -3,42 et 14,05.</translation>
    </message>
    <message>
        <source>A place needs a name.</source>
        <translation>Un lieu doit avoir un nom.</translation>
    </message>
    <message>
        <source>Give both longitude and latitude, or neither.</source>
        <translation>Donnez la longitude et la latitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>These coordinates are outside Mali's cercles.</source>
        <translation>Ces coordonnées sont en dehors des cercles du Mali.</translation>
    </message>
    <message>
        <source>Choose the cercle the place belongs to, or give its coordinates.</source>
        <translation>Choisissez le cercle auquel appartient le lieu, ou donnez ses coordonnées.</translation>
    </message>
    <message>
        <source>A place name has at most 120 characters.</source>
        <translation>Un nom de lieu compte au plus 120 caractères.</translation>
    </message>
    <message>
        <source>A place name cannot contain control characters.</source>
        <translation>Un nom de lieu ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A cercle has this name; an added place cannot move it. Give the new place a name of its own.</source>
        <translation>Un cercle porte ce nom ; un lieu ajouté ne peut pas le déplacer. Donnez au nouveau lieu un nom qui lui soit propre.</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <source>The catalogue's default</source>
        <translation>Valeur par défaut du catalogue</translation>
    </message>
    <message>
        <source>Static: stays at its place</source>
        <translation>Statique : reste sur place</translation>
    </message>
    <message>
        <source>Mobile: passes through (patrols, escorts)</source>
        <translation>Mobile : de passage (patrouilles, escortes)</translation>
    </message>
    <message>
        <source>None: reacts or shows force</source>
        <translation>Aucune : réagit ou fait une démonstration de force</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Footprint radius</source>
        <translation>Rayon d’action</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statique</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Catalogue default for its tool: %1, %2 km.</source>
        <translation>Valeur par défaut du catalogue pour son outil : %1, %2 km.</translation>
    </message>
    <message>
        <source>Counts only for an activity that provides security.</source>
        <translation>Ne compte que pour une activité qui assure la sécurité.</translation>
    </message>
    <message>
        <source>Runs while these are in place</source>
        <translation>Se déroule pendant que celles-ci sont en place</translation>
    </message>
    <message>
        <source>Type a village of the region…</source>
        <translation>Tapez un village de la région…</translation>
    </message>
    <message>
        <source>Pick a village</source>
        <translation>Choisir un village</translation>
    </message>
    <message>
        <source>A point: %1, cercle of %2.</source>
        <translation>Un point : %1, cercle de %2.</translation>
    </message>
    <message>
        <source>A whole cercle: say where — pick the village, or the town itself.</source>
        <translation>Tout un cercle : précisez où — choisissez le village, ou la ville elle-même.</translation>
    </message>
    <message>
        <source>A whole region: say where — pick the village.</source>
        <translation>Toute une région : précisez où — choisissez le village.</translation>
    </message>
    <message>
        <source>A place you added, in the cercle of %1.</source>
        <translation>Un lieu que vous avez ajouté, dans le cercle de %1.</translation>
    </message>
    <message>
        <source>Not in the gazetteer: it matches only places with the same name.</source>
        <translation>Absent du répertoire géographique : il ne correspond qu’aux lieux de même nom.</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Import a plan file</source>
        <translation>Importer un fichier de plan</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its passphrase:</source>
        <translation>%1 est chiffré. Sa phrase secrète :</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Le fichier n’a pas été importé</translation>
    </message>
    <message>
        <source>%1 was refused. Nothing was changed in your plans. The problems found:</source>
        <translation>%1 a été refusé. Rien n’a été modifié dans vos plans. Problèmes relevés :</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>« %1 » importé.</translation>
    </message>
    <message>
        <source>Stored under the id %1 (the file's id %2 was already used or not a safe name).</source>
        <translation>Enregistré sous l’identifiant %1 (l’identifiant %2 du fichier était déjà pris ou n’était pas un nom sûr).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase to protect the file (tell it to the recipient by another way than the stick):</source>
        <translation>Phrase secrète protégeant le fichier (communiquez-la au destinataire par un autre moyen que la clé USB) :</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète, à nouveau :</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>The plan was not exported</source>
        <translation>Le plan n’a pas été exporté</translation>
    </message>
    <message>
        <source>The plan cannot be written as an exchange file yet:</source>
        <translation>Le plan ne peut pas encore être écrit comme fichier d’échange :</translation>
    </message>
    <message>
        <source>Exported to %1 (sensitivity: %2%3).</source>
        <translation>Exporté vers %1 (sensibilité : %2%3).</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, chiffré</translation>
    </message>
    <message>
        <source>Delete the plan?</source>
        <translation>Supprimer le plan ?</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Supprimer « %1 » ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>PlanLibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>HQ note</source>
        <translation>note du QG</translation>
    </message>
    <message>
        <source>new version received</source>
        <translation>nouvelle version reçue</translation>
    </message>
    <message>
        <source>from the network</source>
        <translation>reçu par le réseau</translation>
    </message>
    <message>
        <source>Plan id: %1</source>
        <translation>Identifiant du plan : %1</translation>
    </message>
    <message>
        <source>Review note from HQ: %1</source>
        <translation>Note de revue du QG : %1</translation>
    </message>
</context>
<context>
    <name>PlanOutputs</name>
    <message>
        <source>Nothing was written</source>
        <translation>Rien n’a été écrit</translation>
    </message>
    <message>
        <source>Which edition?</source>
        <translation>Quelle édition ?</translation>
    </message>
    <message>
        <source>This plan is strictly confidential. The redacted edition leaves out threat descriptions, perpetrators, sources, the communities engaged, notes and names; it is the one to share beyond the task force.</source>
        <translation>Ce plan est strictement confidentiel. L’édition expurgée omet les descriptions des menaces, les auteurs, les sources, les communautés engagées, les notes et les noms ; c’est celle à diffuser au-delà du groupe de travail.</translation>
    </message>
    <message>
        <source>Redacted edition</source>
        <translation>Édition expurgée</translation>
    </message>
    <message>
        <source>Full edition</source>
        <translation>Édition complète</translation>
    </message>
    <message>
        <source>The redacted edition keeps these texts as you typed them. If one names a person, an armed group or a village, shorten it before printing:</source>
        <translation>L’édition expurgée garde ces textes tels que vous les avez saisis. Si l’un d’eux nomme une personne, un groupe armé ou un village, raccourcissez-le avant d’imprimer :</translation>
    </message>
    <message>
        <source>Print the redacted edition</source>
        <translation>Imprimer l’édition expurgée</translation>
    </message>
    <message>
        <source>Go back and shorten</source>
        <translation>Revenir et raccourcir</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Exporter le plan d’action</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>Le PDF n’a pas été écrit</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The action plan could not be laid out (%1). Your plan is unchanged; the support log holds the details.</source>
        <translation>Le plan d’action n’a pas pu être mis en page (%1). Votre plan est inchangé ; le journal de support contient les détails.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>The plan was not exported</source>
        <translation>Le plan n’a pas été exporté</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>PlanWindow</name>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Étape suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;redacted PDF…</source>
        <translation>Exporter le PDF e&amp;xpurgé…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>&amp;Fermer le plan</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Your changes are still here.</source>
        <translation>Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>The plan could not be saved: the database is busy or cannot be written (%1). Your changes are still here; try again in a moment.</source>
        <translation>Le plan n’a pas pu être enregistré : la base est occupée ou ne peut pas être écrite (%1). Vos modifications sont toujours là ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Plan changed elsewhere</source>
        <translation>Plan modifié ailleurs</translation>
    </message>
    <message>
        <source>This plan was changed in another window or by the command line since you opened it. Save your version as a copy, or reload the stored version (your changes in this window are then lost)?</source>
        <translation>Ce plan a été modifié dans une autre fenêtre ou en ligne de commande depuis son ouverture. Enregistrer votre version comme copie, ou recharger la version enregistrée (vos modifications dans cette fenêtre seront alors perdues) ?</translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation>Enregistrer comme copie</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de « %1 » avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>ResponsesPage</name>
    <message>
        <source>Responses: protection tools, tiers 1–3</source>
        <translation>Réponses : outils de protection, niveaux I à III</translation>
    </message>
    <message>
        <source>For each priority threat, choose the tools that answer it. The three tiers run at the same time: dialogue and engagement (tier 1), physical protection (tier 2) and a protective environment (tier 3). Read each tool's guidance: cautions that apply in this plan's context are highlighted.</source>
        <translation>Pour chaque menace prioritaire, choisissez les outils qui y répondent. Les trois niveaux agissent en même temps : dialogue et engagement (niveau I), protection physique (niveau II) et environnement protecteur (niveau III). Lisez les conseils de chaque outil : les mises en garde qui s’appliquent au contexte de ce plan sont mises en évidence.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Priority threats&lt;/b&gt;</source>
        <translation>&lt;b&gt;Menaces prioritaires&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search the tools…</source>
        <translation>Chercher un outil…</translation>
    </message>
    <message>
        <source>Add this tool to the threat</source>
        <translation>Ajouter cet outil à la menace</translation>
    </message>
    <message>
        <source>Add a custom tool…</source>
        <translation>Ajouter un outil personnalisé…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Remove response</source>
        <translation>Retirer la réponse</translation>
    </message>
    <message>
        <source>Lead component</source>
        <translation>Composante chef de file</translation>
    </message>
    <message>
        <source>Lead section</source>
        <translation>Section chef de file</translation>
    </message>
    <message>
        <source>e.g. Civil Affairs</source>
        <translation>p. ex. Affaires civiles</translation>
    </message>
    <message>
        <source>Supporting (one per line)</source>
        <translation>En appui (un par ligne)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Indicator of success</source>
        <translation>Indicateur de réussite</translation>
    </message>
    <message>
        <source>Threats answered</source>
        <translation>Menaces traitées</translation>
    </message>
    <message>
        <source>No priority threat yet: mark threats as priorities in step 2.</source>
        <translation>Aucune menace prioritaire pour l’instant : marquez des menaces comme prioritaires à l’étape 2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Responses to %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réponses à %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tier balance for %1: tier 1: %2 · tier 2: %3 · tier 3: %4</source>
        <translation>Équilibre des niveaux pour %1 : niveau I : %2 · niveau II : %3 · niveau III : %4</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a tool to read its guidance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un outil pour lire ses conseils.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cautions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mises en garde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Applies here&lt;/b&gt; (%1): %2</source>
        <translation>&lt;b&gt;⚠ S’applique ici&lt;/b&gt; (%1) : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Applies here&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;⚠ S’applique ici&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <source>Custom tool</source>
        <translation>Outil personnalisé</translation>
    </message>
    <message>
        <source>Name of the tool:</source>
        <translation>Nom de l’outil :</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Record a task force review</source>
        <translation>Enregistrer une revue du groupe de travail</translation>
    </message>
    <message>
        <source>Regional POC task force</source>
        <translation>Groupe de travail régional POC</translation>
    </message>
    <message>
        <source>The body that met, never a person's name</source>
        <translation>L’instance qui s’est réunie, jamais le nom d’une personne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Before the review</source>
        <translation>Avant la revue</translation>
    </message>
    <message>
        <source>After the review</source>
        <translation>Après la revue</translation>
    </message>
    <message>
        <source>Apply the threat changes to the register</source>
        <translation>Reporter les changements de menaces au registre</translation>
    </message>
    <message>
        <source>Threat changes agreed</source>
        <translation>Changements de menaces convenus</translation>
    </message>
    <message>
        <source>Record review %1</source>
        <translation>Enregistrer la revue %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Mark as &amp;final</source>
        <translation>Déclarer &amp;définitif</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Repasser en &amp;projet</translation>
    </message>
    <message>
        <source>The plan at a glance: whether it can be marked final, where its open advisories are, and its outputs. Errors must be fixed before the plan is final; warnings are for the task force to weigh. Double-click an advisory (or press Enter) to go to the item concerned.</source>
        <translation>Le plan d’un coup d’œil : peut-il être déclaré définitif, où sont ses avis ouverts, et ses documents. Les erreurs doivent être corrigées avant que le plan soit définitif ; les avertissements sont à apprécier par le groupe de travail. Double-cliquez sur un avis (ou appuyez sur Entrée) pour aller à l’élément concerné.</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>État de préparation</translation>
    </message>
    <message>
        <source>Open advisories by step</source>
        <translation>Avis ouverts par étape</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export &amp;file…</source>
        <translation>Exporter le &amp;fichier…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final.&lt;/b&gt; Back to draft to change it.</source>
        <translation>&lt;b&gt;Définitif.&lt;/b&gt; Repassez en projet pour le modifier.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=color:#b71c1c&gt;Not ready to be final&lt;/b&gt;: %n error(s) to fix.</source>
        <translation>
            <numerusform>&lt;b style=color:#b71c1c&gt;Pas encore prêt à être définitif&lt;/b&gt; : %n erreur à corriger.</numerusform>
            <numerusform>&lt;b style=color:#b71c1c&gt;Pas encore prêt à être définitif&lt;/b&gt; : %n erreurs à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=color:#1b5e20&gt;Ready to be marked final.&lt;/b&gt;</source>
        <translation>&lt;b style=color:#1b5e20&gt;Prêt à être déclaré définitif.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to weigh.</source>
        <translation>
            <numerusform>%n avertissement à apprécier.</numerusform>
            <numerusform>%n avertissements à apprécier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing open</source>
        <translation>%1 : rien en suspens</translation>
    </message>
    <message>
        <source>%1: %2 ▸</source>
        <translation>%1 : %2 ▸</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan cannot be final yet</source>
        <translation>Le plan ne peut pas encore être définitif</translation>
    </message>
    <message>
        <source>The plan still has %1 error(s). Fix every error listed here, then mark it final.</source>
        <translation>Le plan comporte encore %1 erreur(s). Corrigez chaque erreur listée ici, puis déclarez-le définitif.</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>Déclarer définitif</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Repasser en projet</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contingent activities</source>
        <translation>Activités conditionnelles</translation>
    </message>
    <message>
        <source>&amp;Add scenario</source>
        <translation>&amp;Ajouter un scénario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Declare &amp;triggered…</source>
        <translation>Déclarer &amp;déclenché…</translation>
    </message>
    <message>
        <source>The scenario is happening: its contingent activities join the committed plan</source>
        <translation>Le scénario se produit : ses activités conditionnelles rejoignent le plan engagé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Déclenché par</translation>
    </message>
    <message>
        <source>Places (one per line)</source>
        <translation>Lieux (un par ligne)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threats it worsens&lt;/b&gt; (likelihood and impact if it happens)</source>
        <translation>&lt;b&gt;Menaces qu’il aggrave&lt;/b&gt; (probabilité et impact s’il se produit)</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>L</source>
        <translation>P</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Committed plan: %1 activities · contingent on a scenario: %2 (dashed in the timeline, counted apart)</source>
        <translation>Plan engagé : %1 activités · conditionnées à un scénario : %2 (en pointillés dans le calendrier, comptées à part)</translation>
    </message>
    <message>
        <source>Threats of scenario %1</source>
        <translation>Menaces du scénario %1</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Retirer le scénario</translation>
    </message>
    <message>
        <source>Declare the scenario triggered?</source>
        <translation>Déclarer le scénario déclenché ?</translation>
    </message>
    <message>
        <source>%1 is happening: its %2 contingent activities (%3) become part of the committed plan. Edit ▸ Undo brings them back.</source>
        <translation>%1 se produit : ses %2 activités conditionnelles (%3) entrent dans le plan engagé. Édition ▸ Annuler les fait revenir.</translation>
    </message>
    <message>
        <source>Scenario %1 triggered</source>
        <translation>Scénario %1 déclenché</translation>
    </message>
</context>
<context>
    <name>SequencingPage</name>
    <message>
        <source>Civil-military sequencing</source>
        <translation>Séquencement civilo-militaire</translation>
    </message>
    <message>
        <source>Turn the responses into dated activities: who does what, where and when. Civilian analysis drives military deployment; activities that need security must run inside a security presence at the same place; when a deployment ends where people talked to the mission, police or host-state presence must take over.</source>
        <translation>Traduisez les réponses en activités datées : qui fait quoi, où et quand. L’analyse civile oriente le déploiement militaire ; les activités qui requièrent une sécurité doivent se dérouler sous une présence sécuritaire au même lieu ; quand un déploiement prend fin là où la population a parlé à la mission, la police ou l’État hôte doit prendre le relais.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Edit dates</source>
        <translation>Modifier les dates</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Ajouter une activité</translation>
    </message>
    <message>
        <source>Create from &amp;responses</source>
        <translation>Créer à partir des &amp;réponses</translation>
    </message>
    <message>
        <source>One activity for each response that has none, with the catalogue's default flags</source>
        <translation>Une activité pour chaque réponse qui n’en a pas, avec les options par défaut du catalogue</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lead section</source>
        <translation>Section chef de file</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Depends on (starts after these end)</source>
        <translation>Dépend de (commence après leur fin)</translation>
    </message>
    <message>
        <source>Contingent on</source>
        <translation>Conditionnée à</translation>
    </message>
    <message>
        <source>Starts only if this scenario happens (Early warning step); drawn hatched</source>
        <translation>Ne commence que si ce scénario se produit (étape Alerte précoce) ; dessinée hachurée</translation>
    </message>
    <message>
        <source>Scarce assets it needs</source>
        <translation>Moyens rares nécessaires</translation>
    </message>
    <message>
        <source>Provides security at its place</source>
        <translation>Assure la sécurité en son lieu</translation>
    </message>
    <message>
        <source>Needs security cover</source>
        <translation>Requiert une couverture de sécurité</translation>
    </message>
    <message>
        <source>Engages communities</source>
        <translation>Engage les communautés</translation>
    </message>
    <message>
        <source>Military operation</source>
        <translation>Opération militaire</translation>
    </message>
    <message>
        <source>Harm mitigation before, during, after</source>
        <translation>Atténuation des dommages avant, pendant, après</translation>
    </message>
    <message>
        <source>Supports non-UN forces</source>
        <translation>Appuie des forces non onusiennes</translation>
    </message>
    <message>
        <source>HRDDP assessment done</source>
        <translation>Évaluation PDVDH faite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronogramme</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <translation>Diligence voulue</translation>
    </message>
    <message>
        <source>Your own text: printed as typed in every edition.</source>
        <translation>Votre propre texte : imprimé tel que saisi dans chaque édition.</translation>
    </message>
    <message>
        <source>The catalogue's words: printed in the language of each edition (English or French) until you change them.</source>
        <translation>Texte du catalogue : imprimé dans la langue de chaque édition (français ou anglais) tant que vous ne le modifiez pas.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>— committed: always runs —</source>
        <translation>— engagée : a lieu dans tous les cas —</translation>
    </message>
    <message>
        <source>Pin on the map</source>
        <translation>Épingler sur la carte</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Create activities from responses</source>
        <translation>Créer les activités à partir des réponses</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Déplacer l’activité</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Retirer l’activité</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A new language applies from the next start of pocplanner. The app locks only a database protected with a passphrase.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de pocplanner. L’application ne verrouille qu’une base protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Lock after idle time:</source>
        <translation>Verrouiller après inactivité :</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <source>Status brought up to &amp;date today</source>
        <translation>Statut mis à &amp;jour aujourd’hui</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Statut au</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Actually started</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Actually ended</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Dates réelles</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Edit status date</source>
        <translation>Modifier la date de situation</translation>
    </message>
    <message>
        <source>Late activities: %1</source>
        <translation>Activités en retard : %1</translation>
    </message>
    <message>
        <source>Give the as-of date to see what is late.</source>
        <translation>Donnez la date de situation pour voir ce qui est en retard.</translation>
    </message>
</context>
<context>
    <name>ThreatsPage</name>
    <message>
        <source>Threat assessment</source>
        <translation>Évaluation des menaces</translation>
    </message>
    <message>
        <source>List the threats to civilians, starting with who is at risk. Rate each on likelihood and impact (1–5): the risk is their product. The plan must answer its priority threats. Unless you decide otherwise, a threat is a priority when its risk is %1 or more.</source>
        <translation>Recensez les menaces qui pèsent sur les civils, en commençant par les personnes exposées. Notez chacune en probabilité et en impact (1 à 5) : le risque est leur produit. Le plan doit répondre à ses menaces prioritaires. Sauf décision contraire, une menace est prioritaire quand son risque atteint %1 ou plus.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>L</source>
        <translation>P</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>&amp;Add threat</source>
        <translation>&amp;Ajouter une menace</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Groups at risk (one per line)</source>
        <translation>Groupes exposés (un par ligne)</translation>
    </message>
    <message>
        <source>e.g. Fulani herders and their families</source>
        <translation>p. ex. éleveurs peuls et leurs familles</translation>
    </message>
    <message>
        <source>— choose a category —</source>
        <translation>— choisissez une catégorie —</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Type d’auteur</translation>
    </message>
    <message>
        <source>Perpetrator (as known)</source>
        <translation>Auteur (s’il est connu)</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Default rule (risk ≥ %1)</source>
        <translation>Règle par défaut (risque ≥ %1)</translation>
    </message>
    <message>
        <source>Not a priority</source>
        <translation>Non prioritaire</translation>
    </message>
    <message>
        <source>Locations (one per line)</source>
        <translation>Lieux (un par ligne)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Vulnerability of the groups</source>
        <translation>Vulnérabilité des groupes</translation>
    </message>
    <message>
        <source>Early-warning indicators</source>
        <translation>Indicateurs d’alerte précoce</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Facteurs déclencheurs possibles</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Degré de confiance</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Showing the threats in %1 — click it on the map again to show all</source>
        <translation>Menaces à %1 — cliquez à nouveau sur ce cercle pour tout afficher</translation>
    </message>
    <message>
        <source>Showing likelihood %1 × impact %2 — click the cell again to show all</source>
        <translation>Affichage probabilité %1 × impact %2 — cliquez à nouveau sur la case pour tout afficher</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s), highest risk first</source>
        <translation>
            <numerusform>%n menace, risque le plus élevé en premier</numerusform>
            <numerusform>%n menaces, risque le plus élevé en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>Add threat</source>
        <translation>Ajouter une menace</translation>
    </message>
    <message>
        <source>Duplicate threat</source>
        <translation>Dupliquer la menace</translation>
    </message>
    <message>
        <source>Remove threat</source>
        <translation>Retirer la menace</translation>
    </message>
    <message>
        <source>— add a group from the list —</source>
        <translation>— ajouter un groupe de la liste —</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>A tour of pocplanner</source>
        <translation>Visite guidée de pocplanner</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>TransitionPage</name>
    <message>
        <source>Drawdown and transition</source>
        <translation>Retrait et transition</translation>
    </message>
    <message>
        <source>Sequence the departure around the people the mission protected: for each site, its closing date, what is handed over, to whom and by when, and whether those who talked to the mission are followed up once it has gone. Close hotspots last, and only once a successor is in place.</source>
        <translation>Séquencez le départ autour des personnes que la mission a protégées : pour chaque site, sa date de fermeture, ce qui est transmis, à qui et pour quand, et si ceux qui ont parlé à la mission sont suivis après son départ. Fermez les points chauds en dernier, et seulement quand un successeur est en place.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Ferme le</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Ferme le</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Passations</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Ajouter un site</translation>
    </message>
    <message>
        <source>What is handed over</source>
        <translation>Ce qui est transmis</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>À qui</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>an organisation, never a person</source>
        <translation>une organisation, jamais une personne</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Au plus tard le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>People who engaged with the mission here are followed up after it leaves</source>
        <translation>Les personnes qui ont travaillé avec la mission ici sont suivies après son départ</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>&amp;Add handover</source>
        <translation>&amp;Ajouter une passation</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Handover register</source>
        <translation>Registre des passations</translation>
    </message>
    <message>
        <source>Departure view</source>
        <translation>Vue du départ</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Retirer le site</translation>
    </message>
    <message>
        <source>Remove handover</source>
        <translation>Retirer la passation</translation>
    </message>
    <message>
        <source>The context says the mission is drawing down.</source>
        <translation>Le contexte indique que la mission se retire.</translation>
    </message>
    <message>
        <source>The context does not say the mission is drawing down: Next passes by this step, but what you write here counts.</source>
        <translation>Le contexte n’indique pas de retrait de la mission : Suivant passe cette étape, mais ce que vous y écrivez compte.</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>Add handover</source>
        <translation>Ajouter une passation</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>pocplanner is locked</source>
        <translation>pocplanner est verrouillé</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit pocplanner</source>
        <translation>&amp;Quitter pocplanner</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Saisissez d’abord la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>pocplanner met an unexpected error (%1: %2). Your plan as last saved is unchanged; save your work, then restart the app.</source>
        <translation>pocplanner a rencontré une erreur inattendue (%1 : %2). Votre plan, tel qu’enregistré en dernier, est intact ; enregistrez votre travail, puis redémarrez l’application.</translation>
    </message>
    <message>
        <source>The plan database cannot be opened</source>
        <translation>La base des plans ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>No backup was found in %1. The file was left as it is.</source>
        <translation>Aucune sauvegarde n’a été trouvée dans %1. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)? The damaged file is kept beside it.</source>
        <translation>Restaurer la plus récente sauvegarde saine (%1) ? Le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>Protect the plans?</source>
        <translation>Protéger les plans ?</translation>
    </message>
    <message>
        <source>Plans name communities at risk and the places the mission will go. Encrypt them on this laptop with a passphrase, so that a lost or seized laptop reveals nothing? pocplanner then asks for the passphrase at every start. You can also do it later (Tools menu).</source>
        <translation>Les plans nomment des communautés exposées et les lieux où ira la mission. Les chiffrer sur cet ordinateur avec une phrase secrète, pour qu’un ordinateur perdu ou saisi ne révèle rien ? pocplanner demandera alors la phrase secrète à chaque démarrage. Vous pouvez aussi le faire plus tard (menu Outils).</translation>
    </message>
    <message>
        <source>Protect with a passphrase…</source>
        <translation>Protéger par une phrase secrète…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Choose the passphrase of the plan database. Without it the plans cannot be recovered: keep it safe, away from the laptop.</source>
        <translation>Choisissez la phrase secrète de la base des plans. Sans elle, les plans sont irrécupérables : conservez-la en lieu sûr, loin de l’ordinateur.</translation>
    </message>
    <message>
        <source>The plan database %1 is encrypted. Give its passphrase to open it.</source>
        <translation>La base des plans %1 est chiffrée. Saisissez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>pocplanner — passphrase</source>
        <translation>pocplanner — phrase secrète</translation>
    </message>
    <message>
        <source>No backup today</source>
        <translation>Pas de sauvegarde aujourd’hui</translation>
    </message>
    <message>
        <source>The daily backup could not be written: %1</source>
        <translation>La sauvegarde quotidienne n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>No such plan</source>
        <translation>Plan introuvable</translation>
    </message>
    <message>
        <source>There is no plan with the id %1.</source>
        <translation>Aucun plan ne porte l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Edit status</source>
        <translation>Modifier le statut</translation>
    </message>
</context>
</TS>