package io.c360.identity.linkage.synthetic;

import java.util.List;
import java.util.Random;

/** Name and address words with a skew (earlier words are drawn more often), as in a census. */
final class Vocabulary {

  static final List<String> FEMALE =
      words(
          "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa"
              + " betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda"
              + " melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley"
              + " anna brenda pamela emma nicole helen samantha katherine christine debra rachel"
              + " carolyn janet catherine maria heather diane ruth julie olivia joyce virginia"
              + " victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah"
              + " jacqueline martha gloria teresa ann sara madison frances kathryn janice jean"
              + " abigail alice judy sophia grace denise amber doris marilyn danielle beverly"
              + " isabella theresa diana natalie brittany charlotte marie kayla alexis lori chloe"
              + " zoe mia ella ava lily jade ruby isla poppy freya ivy");
  static final List<String> MALE =
      words(
          "james robert john michael david william richard joseph thomas charles christopher"
              + " daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian"
              + " george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan"
              + " stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick"
              + " raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter"
              + " kyle ethan walter noah jeremy christian keith roger terry gerald harold sean"
              + " austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan"
              + " albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby"
              + " mason philip louis oliver harry leo oscar archie charlie finn liam lucas");
  static final List<String> SURNAMES =
      words(
          "smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez"
              + " lopez gonzalez wilson anderson thomas taylor moore jackson martin lee perez"
              + " thompson white harris sanchez clark ramirez lewis robinson walker young allen"
              + " king wright scott torres nguyen hill flores green adams nelson baker hall rivera"
              + " campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz"
              + " edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz"
              + " morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson"
              + " watson brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez"
              + " castillo sanders patel myers long ross foster jimenez powell jenkins perry russell"
              + " sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons"
              + " romero jordan patterson alexander hamilton graham reynolds griffin wallace moreno"
              + " west cole hayes bryant herrera gibson ellis tran medina aguilar stevens murray"
              + " ford castro marshall owens harrison fernandez mcdonald woods washington kennedy"
              + " wells vargas henry chen freeman webb tucker guzman burns crawford olson simpson"
              + " porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes"
              + " palmer wagner black robertson boyd rose stone salazar fox warren mills meyer rice"
              + " schmidt garza daniels ferguson nichols stephens soto weaver ryan gardner payne"
              + " grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos hart"
              + " bradley knight elliott cunningham duncan armstrong hudson carroll lane riley"
              + " andrews alvarado ray delgado berry perkins hoffman johnston matthews pena richards"
              + " fletcher obrien mueller kowalski novak schneider dubois rossi ferrari nakamura");
  static final List<String> STREETS =
      words(
          "main oak pine maple cedar elm washington lake hill park view sunset lincoln jackson"
              + " church river highland railroad spring north south west east willow ridge meadow"
              + " forest valley mill franklin jefferson madison adams walnut chestnut cherry birch"
              + " ash poplar spruce laurel magnolia dogwood hickory sycamore holly juniper aspen"
              + " cypress heather orchard garden bridge station market school college mountain"
              + " prospect harbor bay ocean shore beach canal dock wharf quarry granite marble stone"
              + " green king queen prince victoria albert george high broad castle abbey manor"
              + " grange priory chapel rectory vicarage");
  static final List<String> STREET_TYPES =
      words("street road avenue lane drive court place way crescent close terrace boulevard");
  static final List<String> LOCALITIES =
      words(
          "springfield riverside fairview greenville franklin clinton georgetown salem madison"
              + " bristol oakland ashland burlington centerville dover hudson kingston lebanon"
              + " milton newport oxford richmond shelbyville waverly winchester arlington auburn"
              + " bedford camden chester dayton eastwood fremont glendale hamilton lexington"
              + " marion oakwood plymouth quincy rochester sutton trenton union vernon warwick"
              + " woodstock yorktown ashford brighton cambridge durham exeter farmington hanover"
              + " lancaster manchester norwood portland stratford windsor");
  static final List<String> REGIONS = words("ca ny tx fl il pa oh ga nc mi nj va wa az ma");

  private Vocabulary() {}

  private static List<String> words(String text) {
    return List.of(text.trim().split("\\s+"));
  }

  /** A word, earlier ones more often (a Zipf-like skew with exponent {@code skew}). */
  static String pick(List<String> words, Random random, double skew) {
    double u = random.nextDouble();
    int i = (int) Math.floor(words.size() * Math.pow(u, 1.0 + skew));
    return words.get(Math.min(i, words.size() - 1));
  }
}
