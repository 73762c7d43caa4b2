from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("jwt_credentials", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="refreshfamily",
            name="user_agent",
            field=models.CharField(blank=True, max_length=512),
        ),
    ]
