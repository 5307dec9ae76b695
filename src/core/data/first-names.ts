// First name -> likely gender, for resolving "she"/"he" to the last-named woman or man.
// A guess from a name only: ambiguous names (Jordan, Andrea, Jean, Kim...) are listed and
// answer undefined, as do unknown names. Names are stored without diacritics (the lookup also
// tries the input with them stripped); an accented spelling is kept only where the accent
// changes the answer (French "René" is male, "Rene" is ambiguous).
// Plain TypeScript, no Node or DOM: this also runs in the browser.

export const FIRST_NAMES_SOURCE =
  'Compiled for this project from the US Social Security Administration\'s published national ' +
  'baby-name frequencies (public domain; names common among births 1930-2000, by sex) and common given ' +
  'names of people in international news (Ukrainian and Russian transliterations, European, Arabic, ' +
  'Turkish, Persian, South and East Asian, African and Hebrew names); names common for both sexes ' +
  'are listed as ambiguous. Written out from knowledge of those published lists, not downloaded: ' +
  'a selection of frequent names, not a copy of the data.';

export type FirstNameGender = 'female' | 'male';

// 2329 names mostly given to girls.
const FEMALE = `
Aaliyah Aarti Abbey Abbie Abby Abena Abigail Abimbola Achieng Ada Adaeze Adalyn Adaobi Adaora Addison Adela Adelaide
Adele Adelina Adeline Aditi Adjoa Adriana Adrianna Adrianne Adrienne Adwoa Afua Agatha Agathe Agnes Agnese Agnieszka
Agustina Aicha Aida Aiko Aileen Ailsa Aimee Ainhoa Aino Ainsley Aisha Aishwarya Aitana Aja Akemi Akiko Akinyi Akosua
Akua Alaina Alana Alayna Alba Albana Alberta Albina Aleah Alecia Aleena Alejandra Aleksandra Alena Alessandra Alexa
Alexandra Alexandria Alexia Alexus Alia Alice Alicia Alina Aline Alisa Alisha Alison Alissa Alivia Aliya Aliyah Alla
Allie Allison Allyson Alma Almaz Almudena Alondra Althea Alycia Alyona Alyson Alyssa Ama Amaia Amaka Amal Amalia
Amanda Amandine Amaya Amber Amelia Amelie Amina Aminah Aminata Amira Amparo Amrita Amy Amya Ana Anahi Anais Ananya
Anastasia Anastasiya Anat Andreea Andréa Anfisa Angela Angelia Angelica Angeliki Angelina Angeline Angelique Angharad
Angie Anielle Aniko Anissa Anita Anja Anjali Anju Anke Ankita Ann Anna Annabel Annabella Annabelle Annalena Annalisa
Annalise Annamarie Anne Annegret Anneli Anneliese Annemarie Annette Annick Annie Annika Annmarie Anouk Antje
Antoinette Antonella Antonia Antonietta Anupama Anushka Anya Anzhela Anzhelika Aoife Aparna Apolline April Araceli
Aracely Arantxa Archana Aria Ariana Arianna Arianne Ariella Arielle Arina Arleen Arlene Arlette Aroha Arundhati Asha
Ashanti Ashlee Ashleigh Ashley Ashlyn Ashlynn Asma Aspen Assunta Astrid Asuka Asuncion Athena Athina Atieno Aubree
Aubrie Audra Audrey Audrina Augusta Aurelia Aurelie Aurora Aurore Autumn Ava Avis Awa Awino Aya Ayaka Ayanna Ayelet
Ayesha Ayla Aylin Ayse Aysel Ayten Ayumi Azadeh Azar Bailee Banu Barbara Barbra Batya Baylee Beata Beate Beatrice
Beatrix Beatriz Becky Begona Belinda Bella Belle Benazir Benedetta Berenice Berit Berna Bernadette Bernice Bertha
Beryl Bess Bessie Beth Bethan Bethany Betsy Bette Bettie Bettina Betty Beulah Beverley Beverly Bhavna Bi-Khim Bianca
Biljana Birgit Birgitta Bisi Blanca Blanche Blerta Bobbi Bonita Bonnie Bonny Brandi Brandie Brandy Breana Breanna
Breanne Brenda Brenna Breonna Bria Briana Brianna Brianne Bridget Bridgette Brielle Brigitte Briley Brisa Britany
Britney Britta Brittani Brittany Brittney Brittni Brittny Brooke Brooklyn Bruna Bryanna Brynn Bukola Burcu Busisiwe
Busra Cadence Caitlin Caitlyn Callie Camila Camilla Camryn Canan Candace Candi Candice Candy Cansu Caoimhe Capucine
Cara Cari Carina Carissa Carla Carlee Carley Carlie Carly Carmela Carmen Carol Carola Carole Carolina Caroline Carolyn
Carrie Carys Cassandra Cassidy Cassie Catalina Catarina Caterina Catherine Cathleen Cathy Catrin Catrina Catriona
Cayla Cecelia Cecile Cecilia Cecily Celeste Celia Celina Celine Cerys Chandra Chandrika Chanel Chantal Chantel
Chantelle Charity Charleen Charlene Charlotte Charmaine Chava Chelsea Chelsie Cheri Cherie Cherry Cheryl Cheyanne
Cheyenne Chiamaka Chiara Chie Chimamanda Chinwe Chinyere Chioma Chitra Chloe Christa Christal Christel Christi
Christiana Christiane Christie Christin Christina Christine Christy Chrystia Chunying Ciara Ciera Cierra Cindy Cinzia
Claire Clara Clare Clarice Clarissa Claudette Claudia Claudine Clelia Clemence Clodagh Clothilde Clotilde Colette
Colleen Concepcion Concetta Condoleezza Connie Constance Constanze Consuelo Cora Coralie Corina Corinna Corinne
Cornelia Corrine Costanza Coumba Courtney Cristal Cristina Crystal Cynthia Dafna Dagmar Dahlia Daisy Dalia Dania
Danica Daniela Daniella Danielle Danika Danièle Dannielle Danuta Daphne Darcie Darcy Daria Dariya Darla Darlene Darya
Dasia Dawn Dawna Dayana Deana Deann Deanna Debbie Debby Debi Debora Deborah Debra Debrah Dee Deepa Deepika Deirdre
Deja Delaney Delcy Delia Delilah Della Delores Delphine Demetria Demi Dena Denise Derartu Derya Desiree Despina
Destinee Destiny Devi Devorah Diamond Diana Diane Dianna Dianne Dilan Dilek Dilma Dimitra Dina Dinah Dineo Dionne
Divya Dixie Dolly Dolores Donatella Donna Dora Doreen Doris Dorota Dorothea Dorothy Doyin Dragana Droupadi Dubravka
Dulce Durga Ebba Ebele Ebony Ebru Eda Edith Edna Edwige Efrat Efua Eileen Eilidh Eilis Eimear Einat Ekaterina Ela
Elaina Elaine Elcin Eleanor Eleanore Elena Eleni Eleonora Elfriede Eliana Eliane Elianna Elif Elin Eline Elinor Elisa
Elisabeth Elisabetta Elise Eliza Elizabeth Elke Ella Elle Ellen Ellie Elly Elma Elodie Eloise Elsa Else Elsie Elspeth
Eluned Elva Elvira Elyse Elzbieta Emely Emi Emilee Emilia Emilie Emily Emine Emma Emmalee Emmanuelle Emmy Encarnacion
Enid Eri Erica Erika Erin Erlinda Erma Erna Ernestina Ernestine Erzsebet Esi Esin Esmeralda Esperanza Esra Essence
Estefania Estela Estella Estelle Ester Esther Estrella Eszter Ethel Etta Eugenia Eun-Ji Eun-Young Eunice Eva Evangelia
Evangelina Evangeline Eve Evelyn Evelyne Evette Evgenia Evie Ewa Fabienne Fadwa Faith Fallon Fang Fannie Fanny Farah
Farideh Farzana Fatemeh Fatima Fatma Fatou Faustine Fawzia Fay Faye Federica Felicia Felicity Femke Fereshteh Fern
Fernanda Ffion Filiz Fiona Fiorella Flavia Flora Florence Florencia Folake Folasade Folashade Fotini Fran Franca
Frances Francesca Francine Francisca Francoise Franziska Frauke Freda Frederique Freya Frida Frieda Friederike Funke
Funmilayo Gabi Gabriela Gabriella Gabrielle Gaelle Gaia Gail Gali Galina Galit Gamze Gauri Gayle Geeta Gemma Genesis
Geneva Genevieve Genzebe Georgia Georgianna Georgina Geraldine Gerda Germaine Gertrud Gertrude Geun-Hye Ghada
Ghislaine Giada Gianna Gila Gilda Gillian Gina Ginette Ginevra Ginger Ginni Ginny Giorgia Giovanna Gisela Gisele
Giselle Gita Giulia Giuliana Giuseppina Gizem Gladys Gleisi Glenda Gloria Gokce Golda Goldie Golnar Golshifteh Gordana
Graca Grace Gracie Graciela Grainne Graziella Grazyna Greer Greta Gretchen Griselda Gro Guadalupe Gudrun Guiying Gul
Gulsen Gwen Gwenaelle Gwenda Gwendolyn Gwyneth Hadas Hadja Hadley Haifa Hailee Hailey Hala Haleigh Haley Halima Halina
Halle Hallie Halyna Hana Hanan Hande Haneen Hanin Hanna Hannah Hanne Hanneke Hannelore Harmony Harriet Harsimrat
Haruka Hasina Hatice Hattie Hayat Hayley Hazel Heather Heaven Hedwig Heidi Heike Helen Helena Helene Helga Helle Helmi
Heloise Hema Henrietta Herminia Herta Hertha Hiba Hila Hilda Hilde Hildegard Hillary Hina Hind Hiroko Hitomi Hoda
Hollie Holly Hope Houda Huda Huguette Huifang Hulya Hye-Jin Ida Idit Ifeoma Ifeyinwa Iga Ijeoma Ilaria Ildiko Ilse
Imelda Imogene Inas Inbal India Indira Indra Ines Inez Ing-Wen Inge Ingeborg Inger Ingrid Ingvild Inmaculada Inna
Ioana Ioanna Ipek Irena Irene Irina Iris Irit Irma Iryna Isabel Isabela Isabella Isabelle Ishbel Isla Israa Itzel
Itziar Ivana Ivanka Ivanna Ivette Ivy Izabela Izabella Jacinda Jackeline Jacklyn Jaclyn Jacquelin Jacqueline Jacquelyn
Jada Jade Jadwiga Jaelyn Jaelynn Jaida Jamila Jana Janae Jane Janelle Janessa Janet Janette Janice Janie Janine Janis
Janiya Janiyah Jaqueline Jasmin Jasmine Jaya Jayalalithaa Jayda Jayla Jaylene Jayne Jazlyn Jazmin Jazmine Jazmyn
Jeanette Jeanie Jeanine Jeanne Jeannette Jeannie Jeannine Jelena Jenelle Jenna Jenni Jennie Jennifer Jenny Jeri
Jessica Jessika Jewel Jewell Ji-Woo Jihan Jill Jillian Jitka Jo Joan Joana Joann Joanna Joanne Jocelyn Jocelyne Jodee
Jodi Jodie Joelle Johanna Jolene Jolie Joni Josefa Josefina Josephine Josette Josiane Josie Joslyn Joy Joyce Juana
Juanita Judit Judith Judy Julia Juliana Julianna Julianne Julie Juliet Juliette Julissa Jumana June Junko Justina
Justine Justyna Jutta Jyoti Kaci Kacie Kaelyn Kaia Kaila Kailey Kailyn Kaitlin Kaitlyn Kaitlynn Kaja Kajal Kajsa Kaley
Kali Kalpana Kamala Kamila Kamryn Kana Kangana Kanimozhi Kaori Kara Kareena Karen Karie Karima Karin Karina Karine
Karissa Karla Karlee Karli Karly Karnit Karolina Karoline Kassandra Kassidy Katalin Katarina Katarzyna Kate Katelyn
Katelynn Katerina Kateryna Katharina Katharine Katherine Kathleen Kathrin Kathryn Kathy Katie Katja Katlyn Katri
Katrin Katrina Katy Kavita Kavya Kay Kayla Kaylee Kayleigh Kayley Kaylie Kaylin Kaylynn Kazuko Keeley Keely Keiko
Keira Keisha Kelley Kelli Kellie Kellyanne Kelsea Kelsey Kelsie Kemi Kendra Kenna Kenya Kenzie Keren Keri Kerri Kerrie
Kerstin Ketevan Keyla Khadidja Khadija Khadijah Khady Khaleda Khanyisile Khrystyna Kiana Kiara Kiera Kierra Kiersten
Kiley Kimberley Kimberly Kinsley Kira Kirsten Kirstjen Kirsty Kirti Kitty Klara Kolinda Konstantina Kourtney Krista
Kristal Kristen Kristi Kristie Kristin Kristina Kristine Kristy Kristyn Krisztina Krysta Krystal Krystina Krystyna
Ksenia Kseniya Kyla Kylee Kyleigh Kylie Kyoko Kyra Kyrsten Kyung-Wha Lacey Laci Lacie Lacy Lada Ladan Laetitia Laila
Lakshmi Laleh Lamia Lamya Lana Laney Lara Larisa Larissa Larysa Lashawn Lata Latasha Latifa Latisha Latonia Latonya
Latoya Latrice Laura Laure Laurel Lauren Laurie Laurine Lauryn Laverne Layla Lea Leah Leann Leanna Leanne Leela Leena
Leila Leilani Lena Lene Lenka Lenora Lenore Leona Leonie Leonor Lerato Lesia Lesley Lesly Lesya Leticia Letitia
Letizia Lexi Lexie Leyla Liana Liat Libby Lidia Lidiya Lieke Lila Lilah Lilia Lilian Liliana Liliane Liliya Lillian
Lilliana Lillie Lilly Lily Lilyana Limor Lina Linda Lindiwe Lindsay Linnea Lisa Lisette Liubov Liudmyla Liv Livia
Liyuan Liz Liza Lizbeth Lizeth Lizzie Ljiljana Lois Lola Lolita Londyn Lora Loredana Lorelei Lorena Lorenza Loretta
Lori Lorna Lorraine Lotte Lottie Loubna Louella Louisa Louise Lourdes Lowri Lubna Lucia Luciana Lucie Lucienne Lucile
Lucille Lucinda Lucretia Lucy Ludmila Ludovica Luella Luisa Luise Luiza Luna Luz Lydia Lyla Lynda Lyndsay Lyndsey
Lynette Lynne Lynnette Lyubov Lyudmila Lyudmyla Maayan Mabel Macarena Macey Maci Mackenna Mackenzie Macy Madalyn
Maddalena Madeleine Madeline Madelyn Madelynn Madhuri Madilyn Madison Madisyn Madonna Mae Maelle Maeve Magda Magdalena
Maggie Maha Mahnaz Mahsa Mahtab Mahua Mai Maia Mairead Maja Makayla Makena Makenna Makenzie Maki Mala Malak Malala
Malalai Malgorzata Malia Maliha Malini Maliyah Mallory Malu Mamata Mami Mamie Mana Manal Mandy Manisha Manon Manuela
Mara Marcela Marcella Marcelle Marcia Marcy Maren Margaret Margareta Margarita Margaux Margherita Margie Margit Margo
Margot Margret Margrethe Marguerite Marharyta Mari Maria Mariah Mariam Mariama Mariana Mariangela Marianna Marianne
Maribel Marie Marieke Mariella Marielle Mariia Marija Marilyn Marina Marine Marisa Marisela Marisol Marissa Maritza
Mariya Marjan Marjatta Marjorie Marketa Marla Marlee Marlene Marnie Marsha Marta Martha Marthe Martina Martine Marwa
Mary Maryam Maryann Maryna Maryse Marzia Masoumeh Mathilde Matilda Matilde Mattie Maud Maude Maura Maureen Mavis
Maxima Maxine May Maya Mayada Mayawati Mayra Mayu Mayumi Mazie Mckayla Mckenna Mckenzie Meagan Meena Meera Megan
Megawati Meghan Megumi Mehbooba Mei Meihua Meiling Meirav Meital Melania Melanie Melany Melba Melina Melinda Melissa
Melodie Melody Meltem Meral Merav Mercedes Mere Meredith Meriem Merry Mervat Merve Meryem Meseret Mette Mhairi
Mi-Kyung Mia Micaela Michaela Michela Micheline Michelle Michiko Michèle Mihaela Mika Mikaela Mikala Mikayla Mila
Milagros Milana Mildred Miley Milica Millicent Millie Mimoza Min-Ji Mina Mindy Minerva Minna Minnie Mira Miracle
Miranda Mireille Mirella Miri Miriam Mirjam Mirjana Miroslava Misaki Misty Mitra Miyuki Moira Mollie Molly Mona Monica
Monika Monique Montserrat Morag Morgane Mozah Muriel Murielle Mya Myra Myrna Myroslava Myrtle Naama Nabila Nadege
Nadezhda Nadia Nadine Nadiya Nadya Nagla Naima Najat Najla Naledi Nan Nancy Nandini Naoko Naomi Narges Nargis Nasrin
Nastya Natalee Natalia Natalie Nataliia Nataliya Nataly Natalya Natasha Nathalie Nava Nawal Nayeli Nazanin Nazli Ndeye
Neda Neema Neha Nele Nell Nellie Nerea Nermeen Nermin Nerys Nesrin Nesrine Nevaeh Ngaire Ngozi Nia Niamh Nichole Nicki
Nicole Nicoletta Nicolette Nida Nihan Nikhita Nikki Nili Niloufar Nilufar Nilufer Nina Nirmala Nirupama Nisha Nisreen
Nita Njeri Njoki Nkechi Nkosazana Nneka Nnenna Noa Noelia Noelle Noemi Noemie Nokuthula Nola Nomsa Nomvula Nora Norah
Noreen Norma Noura Nuala Nuha Nunzia Nuria Nurit Nyla Nyokabi Obiageli Oby Oceane Octavia Odette Odile Ofelia Ofra
Oksana Oleksandra Olena Olesya Olga Olha Olive Olivia Oluwakemi Oluwatoyin Omotola Opal Ophelia Ophelie Orietta Orit
Orla Orly Orna Ornella Orsolya Osnat Ottavia Oya Ozlem Padma Padmini Paetongtarn Paige Paisley Paivi Palesa Pallavi
Pam Pamela Panagiota Paola Paraskevi Parisa Parvati Parvin Pascale Patience Patricia Patrizia Patsy Patti Patty Paula
Paulette Paulina Pauline Pearl Peggy Penelope Penny Perla Perrine Petra Phoebe Phyllis Pia Piera Pilar Pina Pinar
Piper Pnina Polina Polly Pooja Poonam Portia Pratibha Precious Preeti Prerna Priscilla Priti Priya Priyanka Puja Queen
Rachael Rachel Rachelle Rachida Radha Radhika Rae Raegan Rafaela Raffaella Raghad Ragnhild Raina Raisa Ramona Rana
Randa Rani Rania Raquel Rasha Rashida Rashmi Raven Ravit Rawan Raymonde Rayna Razan Reanna Rebeca Rebecca Rebekah Reem
Refilwe Regina Rehema Reiko Reina Reka Rekha Remedios Rena Renata Renate Renee Renho Renu Revital Reyna Rhea Rhianna
Rhiannon Rhoda Rhonda Rie Rihanna Riikka Rika Rim Rina Rita Ritu Rivka Roberta Robyn Rochelle Rocio Roisin Rokhaya
Rola Romane Ronit Ronke Rosa Rosalie Rosalind Rosalinda Rosalyn Rosangela Rosanna Rosaria Rose Roselyne Rosemarie
Rosemary Rosetta Roshan Rosie Rosita Rossella Rowena Roxana Roxanne Roya Ruba Ruby Rupa Ruqayya Ruslana Ruth Ruthie
Rylee Ryleigh Sabah Sabine Sabrina Sachiko Sadhana Sadie Safa Safra Sahar Sahle-Work Sahra Saida Saki Sakura Sallie
Sally Salma Salome Salwa Samah Samantha Samar Samara Samia Samira Sana Sanae Sandi Sandra Sandrine Sangeeta Sanja
Sanna Sanne Saoirse Sapna Sara Sarah Sarai Sariah Sarit Sarita Sarojini Saskia Satu Savanna Savannah Savita Savitri
Sawsan Scarlett Seda Seema Segolene Seiko Selah Selena Selin Selina Seo-Yeon Sepideh Serap Seren Serena Serenity
Setareh Severine Sevgi Sevim Sezen Shabana Shabnam Shahnaz Shaima Shaina Shakira Shalini Shamima Shana Shani Shania
Shanice Shaniqua Shanna Shantel Shanti Shari Sharmila Sharon Shauna Shawna Shayna Sheena Sheetal Sheikha Sheila Shelia
Shelley Shelly Sheri Sherie Sherri Sherry Sheryl Shilpa Shira Shireen Shirin Shirley Shobha Shona Shoshana Shreya
Shruti Shulamit Shweta Shyla Sian Sibel Sienna Sierra Sigal Signe Sigrid Silke Silvia Simin Simisola Simona Sinead
Siobhan Sirimavo Siv Skye Sloane Smadar Smita Smriti Sneha Snezana Snezhana Snizhana Socorro Sofia Sofiya Soheila
Solange Soledad Solene Solomiya Solveig Sonal Songul Sonia Sonja Sonya Soo-Jin Sophia Sophie Soraya Souad Sridevi
Stacia Stacie Starla Stefania Stefanie Steffi Stella Stephanie Stephany Suad Sudha Sue Suella Suha Sujata Sule Sumitra
Summer Sunita Supriya Surekha Susan Susana Susanna Susanne Sushma Susie Suzanne Suzy Svenja Svetlana Svitlana Swati
Sybil Sydnee Sydney Sylvia Sylviane Sylvie Tabassum Tabata Tabitha Tahani Tahereh Tali Talia Tamar Tamara Tami Tamia
Tamika Tammy Tania Tanisha Tanja Tansu Tanuja Tanvi Tanya Tara Taraneh Tarja Taryn Tasha Tatiana Tatjana Tatyana
Tawakkol Teagan Teena Teresa Teresita Tereza Teri Terri Terrie Tess Tessa Tetiana Tetyana Teuta Thandeka Thandiwe Thea
Thelma Theodora Theresa Therese Thuli Tia Tiana Tiara Tierra Tiffani Tiffany Tillie Timea Tina Tinatin Tirunesh
Titilayo Tiwa Tiziana Tomoko Tonya Tori Toshiko Tova Tove Toyin Traci Tracie Trena Tricia Trina Trine Trinity Trisha
Trista Trudy Tsehay Tuba Tugba Tulay Tulsi Tuula Tyra Tzila Tzipi Uliana Ulla Ulrike Ulyana Uma Urmila Ursula Urszula
Usha Uta Ute Valarie Valencia Valentina Valentyna Valeria Valerie Valeriya Vandana Vanesa Vanessa Varda Vasiliki
Vasilisa Vasundhara Velma Vera Verna Veronica Veronika Veronique Vesna Vicki Vickie Vicky Victoire Victoria Vidya
Vijaya Vikki Viktoria Viktoriya Vimala Viola Violet Viorica Vira Virginia Virginie Vitoria Vittoria Vivian Viviana
Vjosa Vlada Wafa Wafaa Wambui Wanda Wangari Wanjiku Wanjiru Wendy Weronika Whina Whitney Widad Wiebke Wilhelmina Willa
Willow Wilma Winifred Winnie Winona Xenia Xiaomei Xiaoyan Ximena Xiomara Xiu Xiulan Xiuying Xochitl Yaa Yadira Yael
Yafit Yamina Yana Yanling Yara Yardena Yareli Yaretzi Yaroslava Yasemin Yasmin Yasmine Yazmin Yehudit Yekaterina
Yelena Yesenia Yesim Yetunde Yevgenia Yevheniya Yewande Yingluck Yo-Jong Yocheved Yoko Yolanda Yoshiko Yui Yuka Yukiko
Yuko Yulia Yuliana Yuliia Yuliya Yumei Yumi Yumiko Yuna Yuriko Yvette Yvonne Zahra Zainab Zanele Zaria Zariah Zarifa
Zawadi Zaynab Zehava Zehra Zeina Zeinab Zelda Zeynep Zhanna Zinaida Zineb Zivit Zlata Zodwa Zoe Zoey Zofia Zohra
Zohreh Zoi Zoya Zsuzsanna Zuhal Zuzana Zuzanna
`;

// 2727 names mostly given to boys.
const MALE = `
Aamir Aaron Abbas Abdallah Abdel Abdelaziz Abdelfattah Abdelkader Abdelmadjid Abdiel Abdou Abdoulaye Abdul Abdulaziz
Abdullah Abdulrahman Abe Abel Abhishek Abiy Abner Abraham Abram Abu Abubakar Achille Adam Adebayo Adel Adewale Adil
Aditya Adityanath Adolfo Adonis Adrian Adriano Adrien Afonso Agustin Ahmad Ahmed Ahmet Aidan Aiden Aitor Ajay Ajit
Akbar Akhilesh Akihito Akin Akio Akira Akram Akshay Alain Alan Alasdair Alassane Albert Alberto Albin Alden Aldo Alec
Aled Alejandro Aleksandar Aleksandr Aleksei Aleksey Ales Alessandro Alessio Alexander Alexei Alexey Alf Alfonso Alfred
Alfredo Ali Aliaksandr Alijah Aliou Alireza Alistair Aliyu Allan Allen Alois Alonso Alonza Alonzo Alper Alphonse
Alphonso Alphonzo Alton Alvaro Alvin Alyaksandr Amadou Amartya Ambrose Ameen Ameer Amichai Amin Amir Amit Amitabh Amon
Amos Amr Amrullah Anand Anas Anatoliy Anatoly Anders Anderson Andre Andreas Andrei Andrej Andres Andrew Andrey Andrii
Andriy Andrzej Andy Angelo Angus Anibal Anil Ankit Ansel Anselmo Anson Anthony Antoine Anton Antonio Antonis Antti
Antwan Anura Anurag Anwar Arash Arch Archer Archibald Archie Arda Ari Arjen Arjun Arkadiy Arkady Arlen Arlo Armand
Armando Armin Arnaldo Arnaud Arne Arnold Aron Arsen Arseniy Arseny Art Artem Arthur Arturo Artyom Arun Arvid Arvind
Aryan Arye Aryeh Asa Asghar Ashby Asher Ashish Ashok Ashton Ashwin Asif Asim Assimi Atal Athanasios Atiku Atticus
Attila August Augustine Augusto Augustus Aurelien Aurelio Austen Austin Avi Avigdor Avishai Aviv Avraham Axel Ayden
Ayman Ayub Azariah Azim Aziz Babajide Babak Babatunde Bahram Balazs Baltasar Baptiste Barack Baraka Baris Barney
Barrett Barron Barry Bart Bartolome Barton Bartosz Bas Bashar Bashir Basil Basile Bassam Bassirou Bastien Baxter
Baylor Beau Beckett Beckham Behnam Behrouz Ben Benedict Benito Benjamin Bennett Bennie Benny Benoit Bentley Benton
Beppe Berhanu Berk Bernard Bernardo Bernd Bernhard Bernie Bert Bertie Bertram Bertrand Beto Bettino Bezalel Bheki
Bhupendra Bhupesh Bidzina Bijan Bilal Bilawal Bill Billy Binali Binyamin Bjorn Blaine Blaise Blake Bo Boaz Bob Bobby
Bobi Bogdan Bohdan Bohuslav Bojan Bola Boleslaw Bongani Boone Boris Borja Borys Boubacar Bowen Boyd Brad Braden
Bradford Bradley Brady Branden Brandon Brandt Brandyn Branko Brant Brantley Braxton Brayden Brendan Brenden Brendon
Brennan Brent Brenton Brett Brian Brice Bridger Brigham Britton Brock Brodie Brody Brogan Bronislaw Bronson Brooks
Bruce Bruno Bryan Bryant Bryce Bryn Bryson Buck Bud Buddy Buford Bulent Burak Burl Burley Burt Burton Buster Byron
Cade Caden Cal Caleb Callan Callum Calum Calvin Camden Candido Cannon Carl Carlo Carlos Carlton Carmelo Carmine Carson
Carter Cary Casimir Cassius Cathal Cayden Cecil Cedric Cem Cengiz Cesar Cesare Chad Chaim Chance Chandler Chandrababu
Charles Chase Chaz Cheikh Chester Chet Chibuike Chidi Chima Chinedu Ching-Te Chinonso Chinua Chris Christian Christoph
Christophe Christopher Christos Chuck Chukwudi Chukwuemeka Ciaran Cihan Cillian Ciro Clarence Clark Clarke Claudio
Claus Clay Clayton Clem Clement Clemente Cletus Cleve Cleveland Cliff Clifford Clifton Clint Clinton Clovis Cloyd
Clyde Cody Cohen Colby Cole Coleman Colin Collin Colm Colt Colton Columbus Conner Connor Conor Conrad Constantin
Cooper Corban Corbin Cordell Corentin Corey Cornelis Cornelius Cornell Corrado Cortez Cory Coy Craig Cristian
Cristiano Cristobal Cristopher Cruz Cullen Curt Curtis Cy Cyril Cyrille Cyrus Czeslaw Dacian Dae-Jung Dafydd Daiki
Daisuke Dale Dallas Dalton Damian Damien Damion Damir Damon Dan Dane Daniel Danil Danila Danny Dante Danylo Dapo Darby
Darian Darien Darin Dario Darius Dariush Dariusz Darko Darnell Darrel Darrell Darren Darrick Darrin Darrius Darryl
Daryl Dave Davey Davian David Davide Davin Davion Davis Dawit Dawson Dax Deacon Dean Deandre Deangelo Declan Deegan
Deepak Dejan Del Delbert Delmar Demarcus Demetrius Denis Dennis Denny Denver Denys Denzel Deon Dequan Derek Dermot
Derrick Deshaun Deshawn Desmond Detlef Devan Devendra Devin Devlet Dewayne Dewey Dewitt Dexter Dharmendra Diarmuid
Dick Didier Diego Dieter Dillon Dimitar Dimitri Dimitrios Dimitris Dinesh Dion Dirk Dmitri Dmitriy Dmitry Dmytro Doc
Dolph Domenico Domingo Dominic Dominick Dominik Don Donal Donald Donato Donnell Donnie Donny Donovan Donte Dorian
Dorsey Doug Douglas Dov Doyle Dragan Draven Duane Duarte Duck-Soo Dudi Dudley Duke Duncan Dusan Dustin Dusty Dwayne
Dwight Dylan Eamon Eamonn Earl Earnest Easton Ebb Eben Ebrahim Ed Eddie Eddy Edgar Edi Edison Edmond Edmund Edmundo
Edoardo Edouard Eduard Eduardo Edward Edwin Efe Efrain Egor Ehud Eitan Ekrem Elad Elazar Elbert Elden Eldon Eldred
Eldridge Elgin Eli Elias Eliezer Elijah Elio Eliseo Eliud Elliot Elliott Ellis Ellsworth Elmer Elmore Elon Elroy Elton
Elvis Elwood Emanuel Emanuele Emeka Emil Emiliano Emilio Emin Emlyn Emmanuel Emmerson Emmett Emmit Emmitt Emomali
Emory Emre Enda Engin Enlai Enoch Enrico Enrique Enver Enzo Eoin Ephraim Eran Erdogan Eric Erich Erick Erik Erkan
Ernest Ernesto Ernie Ernst Erol Errol Ersin Ertugrul Ervin Erwin Esau Esmail Esteban Ethan Etienne Ettore Euan Eugen
Eugene Evan Evangelos Everett Evgeni Evgeny Evo Ewan Ewell Eyal Ezekiel Ezequiel Ezra Fabian Fabien Fabio Fabrice
Fabrizio Facundo Fahad Fahd Faisal Faiz Farhad Farid Farouk Farshad Fatih Fattah Faure Fausto Fawaz Faysal Federico
Fedor Feliciano Felipe Felix Femi Ferdinand Ferenc Fergal Fergus Fermin Fernand Fernando Ferrell Ferris Festus Fidel
Fikile Filippo Finn Finnegan Fionn Flavio Fletcher Florent Florian Florin Floyd Flynn Ford Forest Forrest Foster
Francesco Francis Francisco Franck Franco Francois Frank Franklin Frans Franz Fraser Fred Freddie Frederic Frederick
Frederik Fredrick Friedrich Fritz Fuad Fumihito Fumio Fyodor Gabe Gabor Gabriel Gadi Gael Gaetano Gage Gaige Galen
Ganesh Gang Gannon Gareth Garfield Garland Garnet Garrett Garrick Garrison Garth Gary Gaspar Gaspard Gaston Gaurav
Gautam Gauthier Gavin Gaylon Gaylord Gbenga Geert Gene Gennadiy Gennady Gennaro Geoffrey Georg George Georges Georgi
Georgios Georgiy Georgy Geraint Gerald Geraldo Gerard Gerardo Gerd Gerhard Gerrit Gerry Getachew Gethin Ghasem Ghassan
Gheorghe Giacinto Giacomo Giampaolo Giancarlo Gianfranco Gianluca Gianmarco Gianni Gianpiero Gideon Gil Gilad Gilbert
Gilberto Gilles Gino Giorgi Giorgio Giorgos Giovanni Girish Girma Giulio Giuseppe Gleb Glen Glenn Godfrey Gokhan
Goncalo Gonzalo Goodluck Gopal Goran Gordon Gotabaya Gottfried Grady Graham Grant Grayson Graziano Greg Gregg Gregoire
Gregorio Gregory Greyson Griffin Grigoriy Grigory Grover Grzegorz Guenther Guido Guillaume Guillermo Gulbuddin Gunnar
Gunter Gunther Gus Gust Gustav Gustavo Guy Gwede Gwyn Gyorgy Haakon Habib Hadi Hadrien Hafez Hafiz Hagai Haibatullah
Haidar Haider Haile Haim Haitham Hakainde Hakan Hakeem Hakim Hakon Hal Halil Halit Hamad Hamdi Hamed Hamid Hamilton
Hamish Hamisi Hamza Hani Hank Hans Harald Hardik Hardy Harish Harlan Harlen Harlon Harmon Harold Haroun Harris
Harrison Harry Hartmut Haruki Harun Haruto Harvey Hasan Hashem Hashim Hassan Hayao Hayato Hayes Haytham Hazem Heath
Hector Heikki Heiko Heinrich Heinz Helmut Helmuth Hemant Hendrik Hendrix Hennadiy Henri Henrik Henrique Henry Heorhiy
Herb Herbert Herman Hermann Hernan Herve Herzi Hezekiah Hideki Hideo Hikmet Hilmi Hipolito Hiram Hirohito Hiroki
Hiroshi Hisham Hobart Hojjat Holden Holger Homer Hone Horace Horacio Horst Hosea Hossein Houston Howard Howell Hoyt
Hrithik Hubert Hubertus Hudson Hugh Hugo Hugues Hulusi Humberto Humphrey Humza Huning Hunter Husain Huseyin Hussain
Hussein Huw Iain Ian Ibrahim Ibrahima Ichiro Idan Idris Idriss Ieuan Ifeanyi Ignacio Ignatius Ignazio Igor Ihor Ike
Ikenna Iker Il-Sung Ilan Ilir Illia Ilya Imad Immanuel Imran Imre Ingo Inigo Ioan Ioannis Ion Ira Iraj Irakli Irvin
Irving Irwin Isa Isaac Isadore Isaiah Isidoro Isidro Ismael Ismail Isom Israel Issa Istvan Itai Italo Itamar Itay
Itzhak Ivan Ivica Iwan Jabari Jaber Jabulani Jace Jacinto Jack Jackson Jacob Jacobus Jacques Jadon Jae-In Jae-Myung
Jafar Jagan Jagdish Jagger Jair Jairam Jaishankar Jake Jakob Jakub Jalal Jalen Jamal Jamar James Jameson Jamey Jamil
Jamison Janez Janos Janusz Jared Jarod Jaroslaw Jarrett Jarrod Jarvis Jason Jasper Javad Javier Javon Jawaharlal Jay
Jayant Jayden Jaylen Jean-Baptiste Jean-Bernard Jean-Charles Jean-Christophe Jean-Claude Jean-Daniel Jean-Denis
Jean-Eric Jean-Francois Jean-Frederic Jean-Guy Jean-Hugues Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Marie
Jean-Max Jean-Michel Jean-Noel Jean-Pascal Jean-Patrick Jean-Paul Jean-Philippe Jean-Pierre Jean-Sebastien
Jean-Vincent Jean-Yves Jeb Jed Jedidiah Jeff Jefferson Jeffery Jeffrey Jeffry Jelani Jens Jensen Jerald Jeremiah
Jeremie Jeremy Jermaine Jeroen Jerold Jerome Jeronimo Jerrell Jerry Jerzy Jesper Jesse Jesus Jett Jiabao Jian Jide
Jiechi Jihad Jim Jimmie Jimmy Jinping Jintao Jiri Jiro Jitendra Joachim Joao Joaquin Jochen Joe Joel Joerg Joey Johan
Johann Johannes John Johnathan Johnathon Johnny Joko Jokowi Jomo Jon Jonah Jonas Jonathan Jonathon Jong-Il Jong-Un
Joost Jordi Jordon Jordy Jorg Jorge Jose Josef Josep Joseph Josh Joshua Josiah Josselin Juan Judah Judd Jude Judson
Juergen Juha Jukka Jules Julian Julien Julio Julius Juma Junichiro Jurgen Jussi Justin Kaan Kade Kaden Kadir Kai
Kailash Kais Kaito Kale Kaleb Kalonzo Kamal Kamau Kambiz Kameron Kamran Kamron Kane Kapil Karan Kareem Karim Karl Kash
Kashim Kassym-Jomart Katsuya Kaveh Kayden Kayode Kazimierz Kazuhiro Kazuki Kazuo Keagan Keanu Keaton Keegan Keenan
Kees Keir Keisuke Keith Kellen Kelton Kelvin Kemal Ken Kendrick Kenenisa Kenichi Kenji Kenneth Kenny Kent Kenta Kenton
Kenyon Keqiang Kerem Kermit Kevin Kgalema Khaled Khalid Khalifa Khalil Ki-Moon Kian Kieran Killian Kimmo Kipchoge
Kiprono Kirby Kirill Kirk Kishore Kithure Kiyoshi Kizza Klaus Kobe Kobina Kody Kofi Koichi Koji Kojo Kolton Konrad
Konstantin Konstantinos Koray Korey Kostas Kostiantyn Kostyantyn Kosuke Kourosh Krishna Kristian Kristofer Kristoffer
Kristopher Krzysztof Kunal Kunle Kurt Kurtis Kwabena Kwadwo Kwaku Kwame Kwasi Kyle Kyler Kylian Kyriakos Kyrylo
Lachlan Ladislav Lafayette Lalu Lamar Lamberto Lamont Lance Landon Lane Lanny Larry Lars Laszlo Laurent Lavell Lavern
Lawrence Lawson Layne Layton Leamon Leandro Lech Leif Leland Lem Lemuel Len Lenard Lenin Lennon Lenny Leo Leon Leonard
Leonardo Leonel Leonid Leonidas Leopold Leopoldo Leroy Les Lester Lev Levan Levent Levi Lew Lewis Liam Lijian Lincoln
Lindell Lino Linus Lionel Lisandro Livio Lloyd Llywelyn Lodewijk Logan Loic Lokesh Lon Lonnie Lonzo Lorcan Lorenzo
Lorne Lothar Louie Louis Lowell Loyd Luca Lucas Lucian Luciano Lucien Lucio Lucius Ludovic Ludwig Luigi Luis Luiz Luka
Lukas Lukasz Luke Lum Luther Lutz Lwazi Lyle Lyman Lyndon Maarten Mac Mack Macky Maddox Madhav Magnus Mahamadou
Mahamat Mahdi Mahendra Mahesh Mahinda Mahmoud Mahmud Majed Majid Major Makoto Maksim Maksym Malachi Malcolm Malik
Mallikarjun Malte Mamadou Mandla Manfred Manish Manlio Manmohan Manny Manoj Mansour Mansur Manu Manuel Marat Marc
Marcel Marcello Marcellus Marcelo Marcial Marcin Marco Marcos Marcus Marek Mariano Mario Marius Mark Marko Markus
Marlin Marlon Marquez Marquis Marshall Martin Marty Marvin Marwan Masahiro Masao Masaru Masayoshi Mason Masoud Masrour
Massimo Massoud Mateo Mateus Mateusz Matheus Mathew Mathias Mathieu Mathis Matias Mats Matt Matteo Matthew Matthias
Matthieu Matti Mattia Matvey Maurice Mauricio Maurizio Mauro Maury Maverick Max Maxim Maxime Maximilian Maximiliano
Maximo Maximus Maxwell Maynard Mazen Mckinley Mehdi Mehmet Mehran Mehrdad Meir Meles Melvin Menachem Mengistu Merl
Merlin Merrick Merrill Merritt Mert Mervin Mervyn Metin Mevlut Micah Micha Michael Michalis Micheal Michel Mickael
Mickey Miguel Mihai Mikael Mike Mikel Mikhail Mikheil Mikko Milan Miles Milford Milo Milorad Milos Milton Minoru Mirko
Miroslav Miroslaw Misael Mitch Mitchell Mitt Mladen Mmusi Modibo Moez Mogens Mohamad Mohamed Mohammad Mohammed Mohan
Mohit Mohsen Moise Moises Mojtaba Monroe Monte Montgomery Monty Moo-Hyun Mordechai Moritz Morris Morteza Morton Mose
Moses Moshe Mostafa Mounir Moussa Muhammad Muhammadu Muhammed Muharrem Mukesh Mukul Mulayam Munir Muqtada Murat Murdo
Murphy Murray Musa Musalia Mustafa Mwai Mwangi Mykhailo Mykola Myles Myron Myung-Bak Mzee Nabih Nabil Nadav Nader
Nadhim Naftali Naguib Nahuel Nahum Naim Najib Nandan Naoto Napoleon Narendra Naruhito Nash Nasir Nasiru Nasser Natan
Nathan Nathanael Nathanial Nathaniel Naveen Navid Navin Nawaf Nawaz Nayib Neal Necati Nechirvan Necmettin Ned Neeraj
Nehemiah Neil Nels Nelson Nenad Nestor Neville Newt Newton Niall Nicholas Nick Nickolas Nico Nicolae Nicolas Nicolo
Niels Nigel Nihat Nikhil Niklas Niko Nikola Nikolai Nikolaos Nikolas Nikolaus Nikolay Nikos Nilesh Nils Nir Niraj
Nirav Nitin Nitish Nizar Nnamdi Noah Noam Noble Noe Noel Nolan Nonso Norbert Norberto Norman Norris Nouri Novak Nuhu
Numan Nuno Nuri Nursultan Obafemi Obie Obinna Ochieng Octavio Odell Odhiambo Odin Odis Ofer Ofir Oginga Oguz Oisin
Oktay Olaf Olav Oleg Oleh Oleksandr Oleksii Oleksiy Olexiy Olin Oliver Olivier Olumide Olusegun Oluwole Omar Omer Omid
Omondi Ondrej Onur Onyango Orazio Oren Oreste Orhan Oriol Orion Orlando Orrin Orville Osama Osamu Osborne Oscar Oskar
Osman Ostap Osvaldo Otavio Otho Otieno Otis Ottavio Ottis Otto Oumar Ousmane Owain Owen Ozan Ozgur Ozkan Ozzie Pablo
Padraig Panagiotis Pankaj Paolo Parag Parker Parvez Parviz Pascal Pasquale Patricio Patrick Patrizio Pau Paul Paulo
Pavel Pavlo Pawan Pawel Paxton Payam Pedro Pekka Per Percy Perry Pervez Pete Peter Petr Petro Petteri Peyman Phil
Philip Philipp Philippe Phillip Pier Pierce Pierluigi Piero Pierpaolo Pierre Pieter Pietro Pinkney Piotr Piyush Porter
Poul Pouya Prabowo Pradeep Prakash Pramod Prashant Pratap Praveen Predrag Preston Primo Prince Prithviraj Przemyslaw
Pyotr Qamar Qasim Qassem Qiang Qishan Quentin Quincy Quinten Quintin Quinton Rached Radek Radoslaw Radovan Raed Rafael
Rafal Raffaele Rafik Rafiq Raghav Raghuram Raheem Rahm Rahul Raila Rainer Raj Rajat Rajendra Rajesh Rajiv Rajkumar
Rajnath Rakesh Raleigh Ralf Ralph Ram Ramazan Ramesh Rami Ramin Ramiro Ramon Ramsey Ramzan Ranbir Rand Randall
Randolph Randy Ranil Ranveer Raphael Rashad Rashawn Rashid Ratan Ratko Raul Ravi Ravindra Rawiri Ray Rayford Raymond
Recep Reed Refik Reggie Reginald Regis Reid Reince Reiner Reinhard Reinhold Remi Remington Renaldo Renan Renato Renaud
Renzo René Reuben Reuven Revanth Rex Rey Reyes Reynaldo Reza Rhett Rhodri Rhys Riad Ricardo Riccardo Rich Richard
Richie Rick Rickey Ricky Rico Rigathi Rigoberto Rinaldo Rinat Rishi Riyad Riza Rob Robbie Robby Robert Roberto Roby
Rocco Rocky Rod Roderic Roderick Rodger Rodney Rodolfo Rodrigo Rogelio Roger Rogerio Rogers Rohan Rohit Rok Roland
Rolando Rolf Rollo Romain Roman Romano Romeo Ron Ronald Ronan Roni Ronnie Roosevelt Rory Roscoe Ross Rostislav
Rostyslav Roy Royal Royce Ruairi Ruben Rudiger Rudolf Rudolph Rudy Ruediger Rufus Rui Rune Rupert Ruslan Russ Russell
Rusty Ruud Ryan Ryder Ryker Rylan Ryota Ryszard Saad Saar Sabino Sachin Sadettin Sadik Sadio Sadiq Sadyr Saeed Said
Sajeeb Sajith Saleh Salem Sali Salih Salim Salman Salvador Salvatore Sam Sameer Sami Samir Sammie Sammy Samson Samuel
Sandeep Sandor Sandro Sanford Sang-Mok Sani Sanjay Sanjeev Santiago Santino Santo Santos Santosh Satish Satoshi Satya
Saul Sauli Saverio Sawyer Schuyler Scott Scotty Sean Sebastian Sebastiano Sebastien Sedat Segun Seif Selahattin Selim
Semih Semyon Serdar Serge Sergei Sergey Sergi Sergio Sergiy Serhii Serhiy Serkan Seth Severino Seydou Seymour Shad
Shahbaz Shahram Shahrukh Shaktikanta Shamus Shane Shankar Shantanu Shashi Shaul Shaun Shavkat Shawn Shehbaz Shekhar
Sheldon Shelton Sheridan Sherif Sherman Sherrod Sherwood Shigeru Shikhar Shimon Shinji Shinzo Shiv Shivraj Shlomo
Shmuel Shohei Shota Shui-Bian Siamak Sibusiso Sid Siddharth Sidney Siegfried Sigmar Sigmund Sigurd Silas Silvio Simeon
Simon Sinan Sipho Sirajuddin Siyabonga Slawomir Slobodan Sohrab Sol Solomon Sonny Soren Sotiris Souleymane Sourav
Spencer Spiro Spyros Stan Stanford Stanislav Stanislaw Stanley Stanton Stavros Stefan Stefano Steffen Stelios Stephan
Stephane Stephen Stephon Sterling Steve Steven Stewart Stone Strom Struan Stuart Suat Subhash Subrahmanyam Subramanian
Sudhir Suk-Yeol Suleyman Sullivan Sultan Sumit Sundar Sunil Surendra Suresh Sushil Sven Sviatoslav Svyatoslav Sylas
Sylvain Sylvester Szymon Tad Tadeusz Tadhg Taha Tahir Takashi Takeshi Takis Talmadge Talon Tama Tamer Tamim Tane Taner
Tanner Taras Tarek Tarik Tariq Tarique Tarkan Taro Tarun Tate Tatsuya Tavon Tawfiq Tayfun Tayyip Ted Teddy Tedros
Tejashwi Teng-Hui Teodoro Terence Terrance Terrell Terrence Tetsuya Tevin Tewodros Thabo Thad Thaddeus Thaksin Themba
Theo Theodore Theodoros Thiago Thibaud Thibault Thibaut Thierry Thijs Thomas Thornton Thorsten Thulani Thurman
Thurston Tiago Tibor Tihomir Till Tillman Tim Timmy Timo Timothy Timur Tino Titus Tiziano Tobe Tobiah Tobias Tobin
Toby Tod Todd Tolga Tom Tomas Tomasz Tomer Tommaso Tommy Tony Torrance Torrey Torsten Toru Toshihiro Trace Traian
Travis Tremaine Tremayne Trent Trenton Trevon Trevor Trey Tristan Tristen Tristian Troy Truman Trystan Tucker Tullio
Tuncay Tuncer Tunde Turan Turgut Ty Tyler Tyrell Tyrese Tyrone Tyson Tzachi Tzvi Uday Ugo Ugur Uhuru Ulf Ulises Ulrich
Ulysses Umar Umaru Umberto Umesh Unai Upendra Uri Uriah Uriel Urjit Usama Uwe Uzi Vaclav Vadim Vadym Valentin
Valentino Valentyn Valeri Valerii Valerio Valeriy Valery Van Vance Vangelis Varun Vasco Vasile Vasilii Vasilis Vasiliy
Vasily Vassily Vasyl Vaughn Veli Venkatesh Verlin Vern Vernon Vic Vicente Victor Vidal Vijay Vikas Vikram Viktor Vinay
Vince Vincent Vincenzo Vineet Vinicius Vinod Virat Virgil Vishal Vitali Vitalii Vitaliy Vitaly Vito Vittorio Vivek
Vladimir Vladislav Vladyslav Vojislav Volkan Volker Volodymyr Vusi Vyacheslav Wade Wael Waldo Waleed Walid Walker
Wallace Walter Walther Walton Ward Warner Warren Waylon Wayne Webster Weldon Wen-Je Wenbin Wendel Wendell Werner Wes
Wesley Westin Weston Wilber Wilbert Wilbur Wiley Wilfred Wilfredo Wilfried Wilhelm Will Willard Willem Willi William
Willie Willis Willy Wilmer Wilson Winfield Winford Winfred Winfried Winston Wiremu Witold Wladyslaw Wojciech Wole Wolf
Wolfgang Woodrow Woody Wopke Wouter Wyatt Wyman Xabier Xavi Xavier Xiaoping Yaacov Yaakov Yacine Yahir Yahya Yair
Yakov Yakubu Yanis Yann Yannick Yannis Yariv Yaroslav Yash Yashwant Yasin Yasir Yasser Yasuhiro Yavuz Yaw Yegor Yehuda
Yemi Yevgeniy Yevgeny Yevhen Yiannis Yigael Yigal Yilmaz Ying-Jeou Yisrael Yitzhak Yoav Yoel Yogesh Yohannes Yoichi
Yonatan Yong Yosef Yoshihide Yoshihiko Yossi Youcef Yousef Yousif Youssef Yoweri Yu-Ih Yuji Yukio Yunus Yuri Yurii
Yuriy Yury Yusuf Yusuke Yuto Yuval Yves Zabihullah Zac Zacarias Zachariah Zachary Zachery Zack Zackary Zafer Zaid
Zaire Zak Zakaria Zalmay Zander Zane Zayed Zbigniew Zdenek Zdzislaw Zeb Zechariah Zedong Zeev Zeke Zeki Zemin Zhaoxing
Ziad Zine Zion Zlatko Zoltan Zoran Zulfikar Zurab Zvi Zwelinzima
`;

// 179 names common for both sexes, or female in one language and male in another.
const AMBIGUOUS = `
Adama Alex Alexis Alva Amani Amari Andrea Angel Ariel Armani Ashraf Aubrey Avery Ayodele Billie Blair Bobbie Cameron
Camille Carey Carroll Casey Charley Charlie Claude Cleo Dakota Dana Daniele Dara Deniz Devon Dominique Drew Eden Elia
Elisha Emerson Emery Finley Frankie Gabriele Gal Gale Georgie Hadar Harley Hayden Hikaru Hilary Hollis Hua Ilham Ilhan
Iman Ivory Izumi Jackie Jaden Jaiden Jaime Jamie Jan Jaylin Jean Jess Jessie Jessy Jin Jody Johnnie Jordan Jordyn Jun
Kalani Kari Kasey Kehinde Kelechi Kelly Kendal Kendall Kennedy Kerry Kim Kiran Kiri Kris Laurence Lee Leigh Leslie Li
Lindsey Lior Loren Lou Lula Lupe Lyn Lynn Madhu Marian Marion Marley Masami Masih Mel Merle Michal Michele Min Ming
Misha Moana Morgan Mpho Nana Nicky Nicola Nikita Nino Noor Nour Ola Ollie Pat Patrice Payton Peyton Presley Quinn
Reagan Reese Remy Rene Ricki Riley Robin Rosario Rowan Sacha Sage Sandy Sascha Sasha Shadi Shai Shannon Shay Shea
Shelby Simone Sivan Skylar Skyler Stacey Stacy Stevie Sunny Taiwo Tatum Taylor Temitope Terry Tommie Toni Tory Tracey
Tracy Trinidad Uche Uchenna Umit Valentine Wei Yi Ying Yuki
`;

interface Lexicon {
  readonly female: ReadonlySet<string>;
  readonly male: ReadonlySet<string>;
  readonly ambiguous: ReadonlySet<string>;
}

let lexicon: Lexicon | undefined;

function toSet(data: string): Set<string> {
  return new Set(data.toLowerCase().split(/\s+/).filter(Boolean));
}

/** The three sets, split once on first use. Exported for tests (e.g. that they are disjoint). */
export function firstNameLexicon(): Lexicon {
  lexicon ??= { female: toSet(FEMALE), male: toSet(MALE), ambiguous: toSet(AMBIGUOUS) };
  return lexicon;
}

// Letters that NFD does not decompose into base + combining mark.
const EXTRA_FOLDS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };

function stripDiacritics(s: string): string {
  return s
    .replace(/[łøđßæœıðþ]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/'/g, '');
}

function classify(key: string, lex: Lexicon): FirstNameGender | 'ambiguous' | undefined {
  if (lex.ambiguous.has(key)) return 'ambiguous';
  if (lex.female.has(key)) return 'female';
  if (lex.male.has(key)) return 'male';
  return undefined;
}

function lookup(name: string, lex: Lexicon): FirstNameGender | 'ambiguous' | undefined {
  const stripped = stripDiacritics(name);
  return classify(name, lex) ?? (stripped !== name ? classify(stripped, lex) : undefined);
}

/**
 * Likely gender of a given name: case-insensitive, accents optional ("Jose" = "José"), and a
 * hyphenated name is looked up whole, then by its first part ("Jean-Pierre", "Marie-Claude").
 * Undefined for unknown names and for names common for both sexes ("Jordan", "Andrea").
 */
export function genderOfFirstName(name: string): FirstNameGender | undefined {
  // names recur through an article and normalising is dear: answers are kept, within a bound
  const known = memo.get(name);
  if (known !== undefined) return known === UNKNOWN ? undefined : known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const answer = genderOfFirstNameUncached(name);
  memo.set(name, answer ?? UNKNOWN);
  return answer;
}

const MEMO_LIMIT = 20_000;
/** The memo's answer for a name of no known gender (most capitalised words asked about): one look-up, not two. */
const UNKNOWN = null;
const memo = new Map<string, FirstNameGender | typeof UNKNOWN>();

function genderOfFirstNameUncached(name: string): FirstNameGender | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\.$/, '');
  if (!key) return undefined;
  const lex = firstNameLexicon();
  let found = lookup(key, lex);
  if (found === undefined && key.includes('-')) {
    const first = key.split('-')[0];
    if (first) found = lookup(first, lex);
  }
  return found === 'ambiguous' ? undefined : found;
}
