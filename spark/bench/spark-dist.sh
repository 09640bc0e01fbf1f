#!/usr/bin/env bash
# Assembles a Spark 4.2 "distribution" from Maven Central, for running the job with spark-submit where no Spark
# download can be had:
#   spark/bench/spark-dist.sh            -> spark/target/spark-4.2.0/{jars,bin}  (prints that folder, SPARK_HOME)
# jars/ holds spark-core_2.13 4.2.0 and everything it depends on (Scala, Hadoop's client, Netty, log4j, ...), which
# is what a distribution's jars/ holds for a job that uses only Spark core; bin/ holds spark-class and
# spark-submit, thin scripts that run the same classes a distribution's scripts run (Spark's launcher library,
# org.apache.spark.launcher.Main, builds the java command for org.apache.spark.deploy.SparkSubmit, Master or
# Worker). Needs Maven; the first run downloads about 220 MB of jars into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=4.2.0
home="$(pwd)/spark/target/spark-$version"
rm -rf "$home/jars" && mkdir -p "$home/jars" "$home/bin"
mvn -B -ntp -q ${MVN_OFFLINE:+-o} -f spark/bench/pom.xml dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$home/jars" >/dev/null
cp spark/bench/bin/spark-class spark/bench/bin/spark-submit "$home/bin/"
chmod +x "$home/bin/"*
echo "$home"
