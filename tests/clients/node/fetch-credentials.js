// Prints the credentials the AWS SDK for JavaScript v3 IMDS provider resolves, as one JSON line.
// The endpoint comes from AWS_EC2_METADATA_SERVICE_ENDPOINT, which the calling test sets.
const { fromInstanceMetadata } = require('@aws-sdk/credential-provider-imds');

fromInstanceMetadata({ timeout: 5000, maxRetries: 1 })()
  .then((credentials) => {
    console.log(JSON.stringify({
      AccessKeyId: credentials.accessKeyId,
      SecretAccessKey: credentials.secretAccessKey,
      Expiration: credentials.expiration.toISOString(),
    }));
  })
  .catch((error) => {
    console.error(`fromInstanceMetadata failed: ${error}`);
    process.exit(1);
  });
